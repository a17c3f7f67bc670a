package org.hirewall.core.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProductionProfileTest {

  static Function<String, Optional<String>> settings(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }

  @Test
  void theDefaultsAreDevelopmentAndAreRefusedOutsideTheDevProfile() {
    assertThat(ProductionProfile.problems(settings(Map.of())))
        .hasSize(2)
        .anyMatch(p -> p.startsWith("HIREWALL_DB_KIND"))
        .anyMatch(p -> p.startsWith("HIREWALL_KEYCLOAK_CLIENT_SECRET"));
    assertThat(
            ProductionProfile.problems(
                settings(
                    Map.of(
                        "hirewall.db.kind", "postgresql",
                        "hirewall.keycloak.client-secret", "hirewall-gateway-dev-secret"))))
        .singleElement()
        .asString()
        .startsWith("HIREWALL_KEYCLOAK_CLIENT_SECRET");
  }

  @Test
  void productionSettingsOrTheDevProfilePass() {
    assertThat(
            ProductionProfile.problems(
                settings(
                    Map.of(
                        "hirewall.db.kind", "postgresql",
                        "hirewall.keycloak.client-secret", "s3cr3t-from-the-vault"))))
        .isEmpty();
    assertThat(ProductionProfile.problems(settings(Map.of("hirewall.profile", "dev")))).isEmpty();
  }
}
