package org.hirewall.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hirewall.testkit.HirewallServer;
import org.hirewall.testkit.KeycloakServer;
import org.hirewall.testkit.PostgresDatabase;

/**
 * The real stack the Keycloak benchmarks run against: a fresh PostgreSQL database, Keycloak with
 * the development realms (port 28180, its default heap sizing) and the bootable JAR (port 28080,
 * {@code -Xmx256m -XX:+UseSerialGC}) wired to both, as an operator would. Arguments: the JAR, the
 * Keycloak distribution and the realm directory.
 */
final class BenchStack implements AutoCloseable {

  final PostgresDatabase db;
  final KeycloakServer keycloak;
  final HirewallServer server;

  BenchStack(String[] args, String name) throws Exception {
    Path jar = Path.of(args[0]);
    Path dist = Path.of(args[1]);
    Path realms = Path.of(args[2]);
    Path work = Files.createTempDirectory("hirewall-bench-" + name);
    db = PostgresDatabase.create();
    // Keycloak sized as it sizes itself in production, not squeezed like in the test suite
    keycloak = KeycloakServer.start(dist, Path.of("bench/target/keycloak"), realms, 28180, null);
    server =
        HirewallServer.start(
            jar,
            work,
            28080,
            29990,
            Map.of(
                "HIREWALL_DB_KIND", "postgresql",
                "HIREWALL_DB_URL", db.jdbcUrl(),
                "HIREWALL_DB_USER", db.user(),
                "HIREWALL_DB_PASSWORD", db.password(),
                "HIREWALL_OIDC_URL", keycloak.realmUrl("hirewall"),
                "HIREWALL_KEYCLOAK_URL", keycloak.url(),
                "HIREWALL_AUDIT_KEY_DIR", work.resolve("keys").toString(),
                "HIREWALL_PROFILE", "dev")); // the test realm's gateway has the dev secret
  }

  @Override
  public void close() {
    server.close();
    keycloak.close();
    db.close();
  }
}
