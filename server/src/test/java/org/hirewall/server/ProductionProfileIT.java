package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hirewall.testkit.HirewallServer;
import org.junit.jupiter.api.Test;

/**
 * The real JAR, started as someone would in production who forgot to configure it: with the
 * embedded database and the development gateway secret and without {@code HIREWALL_PROFILE=dev}, it
 * refuses to start and says which settings to change.
 */
class ProductionProfileIT {

  @Test
  void developmentDefaultsAreRefusedOutsideTheDevProfile() throws Exception {
    Path work = Files.createTempDirectory("hirewall-prod-refusal");
    Path log = work.resolve("server.log");
    Map<String, String> unset = new HashMap<>();
    unset.put("HIREWALL_PROFILE", null);
    unset.put("HIREWALL_DB_KIND", null);
    unset.put("HIREWALL_KEYCLOAK_CLIENT_SECRET", null);
    Process p =
        HirewallServer.launch(
            Path.of(System.getProperty("hirewall.it.jar")), work, 18380, 19380, unset);
    try {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the server stopped by itself").isTrue();
      assertThat(p.exitValue()).as("exit status (configuration error)").isEqualTo(78);
      String text = Files.readString(log);
      assertThat(text)
          .contains("HIREWALL-0004")
          .contains("HIREWALL_DB_KIND")
          .contains("HIREWALL_KEYCLOAK_CLIENT_SECRET")
          .contains("HIREWALL_PROFILE=dev")
          .doesNotContain("\u001b[") // no terminal colour codes in the log file
          .doesNotContain("hirewall-gateway-dev-secret"); // the secret itself is never logged
    } finally {
      p.destroyForcibly();
    }
  }
}
