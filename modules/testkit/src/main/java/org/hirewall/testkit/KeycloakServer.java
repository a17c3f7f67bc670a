package org.hirewall.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak from the {@code keycloak-quarkus-dist} tar.gz the build downloads from Maven
 * Central, on 127.0.0.1 only, started in development mode with the realms from {@code
 * config/keycloak/} and a fresh database each time.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String ADMIN_USER = "admin";
  public static final String ADMIN_PASSWORD = "admin";

  /** The heap tests give Keycloak: small, so the suite fits a small machine. */
  public static final String TEST_HEAP = "-Xms64m -Xmx512m";

  private final Path home;
  private final int port;
  private final String heap;
  private Process process;

  private KeycloakServer(Path home, int port, String heap) {
    this.home = home;
    this.port = port;
    this.heap = heap;
  }

  /**
   * Unpacks {@code distTarGz} under {@code workDir} (once) and starts Keycloak with the realm files
   * of {@code realmDir}.
   */
  public static KeycloakServer start(Path distTarGz, Path workDir, Path realmDir, int port) {
    return start(distTarGz, workDir, realmDir, port, TEST_HEAP);
  }

  /**
   * As {@link #start(Path, Path, Path, int)}, with the heap options {@code heap} ({@code null}:
   * Keycloak's own default sizing, a share of the machine's memory, as in production).
   */
  public static KeycloakServer start(
      Path distTarGz, Path workDir, Path realmDir, int port, String heap) {
    Path home = unpack(distTarGz, workDir);
    KeycloakServer kc = new KeycloakServer(home, port, heap);
    kc.launch(realmDir);
    return kc;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public String realmUrl(String realm) {
    return url() + "/realms/" + realm;
  }

  private void launch(Path realmDir) {
    try {
      Path data = home.resolve("data");
      deleteTree(data); // a fresh database every run: tests never see an earlier run's users
      Path imports = Files.createDirectories(data.resolve("import"));
      try (Stream<Path> realms = Files.list(realmDir)) {
        for (Path realm : realms.filter(p -> p.toString().endsWith("-realm.json")).toList()) {
          Files.copy(
              realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Keycloak from " + home, e);
    }
  }

  /** Kills Keycloak at once (SIGKILL), as an outage would; {@link #restart} brings it back. */
  public void kill() {
    Processes.killTree(process);
  }

  /** Starts Keycloak again on the same data (users, sessions in the database survive). */
  public void restart() {
    try {
      run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restart Keycloak from " + home, e);
    }
  }

  private void run() throws IOException {
    Path log = home.resolve("keycloak.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--cache=local",
                    "--import-realm"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    if (heap != null) {
      pb.environment().put("JAVA_OPTS_KC_HEAP", heap);
    }
    process = pb.start();
    Processes.awaitHttp200(
        process,
        realmUrl("hirewall") + "/.well-known/openid-configuration",
        Duration.ofMinutes(3),
        log);
    Processes.awaitHttp200(
        process,
        realmUrl("workforce") + "/.well-known/openid-configuration",
        Duration.ofMinutes(1),
        log);
  }

  @Override
  public void close() {
    Processes.stopTree(process);
  }

  private static Path unpack(Path distTarGz, Path workDir) {
    try {
      Files.createDirectories(workDir);
      try (Stream<Path> existing = Files.list(workDir)) {
        var home =
            existing
                .filter(
                    p ->
                        p.getFileName().toString().startsWith("keycloak-")
                            && Files.exists(p.resolve("bin/kc.sh")))
                .findFirst();
        if (home.isPresent()) {
          return home.get();
        }
      }
      Process tar =
          new ProcessBuilder("tar", "xzf", distTarGz.toString(), "-C", workDir.toString())
              .inheritIO()
              .start();
      if (tar.waitFor() != 0) {
        throw new IllegalStateException("tar could not unpack " + distTarGz);
      }
      return unpack(distTarGz, workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
