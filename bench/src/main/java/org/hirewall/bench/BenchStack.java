package org.hirewall.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
  private final PostgresDatabase keycloakDb;
  private final Path jar;
  private final Path work;
  private final Map<String, String> env;
  HirewallServer server;

  BenchStack(String[] args, String name) throws Exception {
    this(args, name, Map.of(), false);
  }

  /**
   * As above, with {@code extraEnv} added to the server's environment, and Keycloak's data in
   * PostgreSQL when {@code durableKeycloak} or {@code -Dkeycloak.db=postgres} (else its development
   * H2).
   */
  BenchStack(String[] args, String name, Map<String, String> extraEnv, boolean durableKeycloak)
      throws Exception {
    jar = Path.of(args[0]);
    Path dist = Path.of(args[1]);
    Path realms = Path.of(args[2]);
    work = Files.createTempDirectory("hirewall-bench-" + name);
    db = PostgresDatabase.create();
    // Keycloak sized as it sizes itself in production, not squeezed like in the test suite; on a
    // PostgreSQL database of its own when the benchmark kills it (its development H2 would lose
    // the last commits)
    keycloakDb =
        durableKeycloak || "postgres".equals(System.getProperty("keycloak.db"))
            ? PostgresDatabase.create()
            : null;
    keycloak =
        KeycloakServer.start(
            dist, Path.of("bench/target/keycloak"), realms, 28180, null, keycloakDb);
    env = new HashMap<>(extraEnv);
    env.putAll(HirewallServer.wiredTo(db, keycloak, work.resolve("keys")));
    env.put("HIREWALL_PROFILE", "dev"); // the test realm's gateway has the dev secret
    String jfr = System.getProperty("jfr"); // -Djfr=DIR: a flight recording of each server node
    if (jfr != null) {
      Files.createDirectories(Path.of(jfr));
      env.put(
          "JAVA_TOOL_OPTIONS",
          "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
              + Path.of(jfr).toAbsolutePath());
    }
    server = node("server", 0);
  }

  /**
   * Starts a server node on the stack's database and Keycloak: {@code offset} 0 is the first node
   * (port 28080), 1 the second (28081)... Its files are in {@code dir} of the stack's work
   * directory.
   */
  HirewallServer node(String dir, int offset) {
    return HirewallServer.start(jar, work.resolve(dir), 28080 + offset, 29990 + offset, env);
  }

  /** Stops the first node the orderly way and starts it again on the same database and files. */
  void restartServer() {
    server.close();
    server = node("server", 0);
  }

  /** Kills the first node (SIGKILL) and starts it again on the same database and files. */
  void crashAndRestartServer() {
    server.kill();
    server = node("server", 0);
  }

  @Override
  public void close() {
    server.close();
    keycloak.close();
    db.close();
    if (keycloakDb != null) {
      keycloakDb.close();
    }
  }
}
