package org.hirewall.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Hirewall bootable JAR as a separate process, configured through the same environment
 * variables an operator uses (README, "Configuration").
 */
public final class HirewallServer implements AutoCloseable {

  private final int port;
  private final Process process;
  private final Path log;

  private HirewallServer(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the JAR in {@code workDir} with {@code env} added, and waits for readiness. */
  public static HirewallServer start(
      Path jar, Path workDir, int port, int managementPort, Map<String, String> env) {
    Process p = launch(jar, workDir, port, managementPort, env);
    Path log = workDir.resolve("server.log");
    HirewallServer server = new HirewallServer(port, p, log);
    Processes.awaitHttp200(p, server.url() + "/health/ready", Duration.ofMinutes(2), log);
    return server;
  }

  /**
   * Starts the JAR in {@code workDir} (its output in {@code server.log} there) with {@code env}
   * added to this process's environment (a null value removes the variable), without waiting.
   */
  public static Process launch(
      Path jar, Path workDir, int port, int managementPort, Map<String, String> env) {
    try {
      Files.createDirectories(workDir);
      ProcessBuilder pb =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx256m",
                      "-XX:+UseSerialGC",
                      "-Djava.awt.headless=true",
                      "-jar",
                      jar.toAbsolutePath().toString()))
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(workDir.resolve("server.log").toFile());
      env.forEach(
          (name, value) -> {
            if (value == null) {
              pb.environment().remove(name);
            } else {
              pb.environment().put(name, value);
            }
          });
      pb.environment().put("HIREWALL_PORT", Integer.toString(port));
      pb.environment().put("HIREWALL_MANAGEMENT_PORT", Integer.toString(managementPort));
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + jar, e);
    }
  }

  /**
   * The environment an operator sets to wire a node to {@code db} and {@code kc}, with its audit
   * and evidence keys (and the audit anchor beside them) in {@code keyDir}.
   */
  public static Map<String, String> wiredTo(PostgresDatabase db, KeycloakServer kc, Path keyDir) {
    return Map.of(
        "HIREWALL_DB_KIND", "postgresql",
        "HIREWALL_DB_URL", db.jdbcUrl(),
        "HIREWALL_DB_USER", db.user(),
        "HIREWALL_DB_PASSWORD", db.password(),
        "HIREWALL_OIDC_URL", kc.realmUrl("hirewall"),
        "HIREWALL_KEYCLOAK_URL", kc.url(),
        "HIREWALL_AUDIT_KEY_DIR", keyDir.toString(),
        "HIREWALL_PLUGIN_IDENTITY_VERIFICATION_KEY_DIR", keyDir.toString());
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public Path log() {
    return log;
  }

  /** Kills the server the hard way (SIGKILL), as a crash would. */
  public void kill() {
    Processes.killTree(process);
  }

  @Override
  public void close() {
    Processes.stopTree(process);
  }
}
