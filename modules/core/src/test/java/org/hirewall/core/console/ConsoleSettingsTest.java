package org.hirewall.core.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where the console logs in, its Content-Security-Policy, and which files it serves. */
class ConsoleSettingsTest {

  @Test
  void theRealmUrlIsSplitIntoKeycloakAndRealm() {
    ConsoleSettings s =
        ConsoleSettings.of("http://127.0.0.1:8180/realms/hirewall/", "hirewall-console");
    assertThat(s.keycloakUrl()).isEqualTo("http://127.0.0.1:8180");
    assertThat(s.realm()).isEqualTo("hirewall");
    assertThat(s.keycloakOrigin()).isEqualTo("http://127.0.0.1:8180");
    assertThat(s.json())
        .isEqualTo(
            "{\"url\":\"http://127.0.0.1:8180\",\"realm\":\"hirewall\","
                + "\"clientId\":\"hirewall-console\"}");
    assertThat(ConsoleSettings.of("https://sso.example.org/auth/realms/staff", "c").keycloakUrl())
        .isEqualTo("https://sso.example.org/auth");
    assertThatThrownBy(() -> ConsoleSettings.of("http://127.0.0.1:8180/", "c"))
        .hasMessageContaining("HIREWALL_OIDC_URL");
  }

  @Test
  void thePolicyAllowsNothingInlineAndNoFraming() {
    String csp = ConsoleHeaders.policy(ConsoleSettings.of("https://sso.example.org/realms/x", "c"));
    assertThat(csp)
        .contains("default-src 'none'", "script-src 'self'", "style-src 'self'")
        .contains("connect-src 'self' https://sso.example.org", "frame-ancestors 'none'")
        .doesNotContain("unsafe");
  }

  @Test
  void onlyKnownFileTypesInsideTheConsoleAreServed() {
    assertThat(ConsoleFiles.typeOf("/index.html")).startsWith("text/html");
    assertThat(ConsoleFiles.typeOf("/vendor/keycloak-js-26.2.4/keycloak.js"))
        .startsWith("text/javascript");
    assertThat(ConsoleFiles.typeOf("/../WEB-INF/web.xml")).isNull();
    assertThat(ConsoleFiles.typeOf("/WEB-INF")).isNull();
    assertThat(ConsoleFiles.typeOf(null)).isNull();
  }
}
