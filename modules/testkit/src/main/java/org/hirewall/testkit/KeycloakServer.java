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
  private final PostgresDatabase database;
  private Process process;

  private KeycloakServer(Path home, int port, String heap, PostgresDatabase database) {
    this.home = home;
    this.port = port;
    this.heap = heap;
    this.database = database;
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
    return start(distTarGz, workDir, realmDir, port, heap, null);
  }

  /**
   * As above, keeping Keycloak's data in {@code database} (PostgreSQL, as in production) instead of
   * the development mode's embedded H2, which loses the last half second of commits when Keycloak
   * is killed: a fault test needs a Keycloak that keeps what it acknowledged.
   */
  public static KeycloakServer start(
      Path distTarGz,
      Path workDir,
      Path realmDir,
      int port,
      String heap,
      PostgresDatabase database) {
    Path home = unpack(distTarGz, workDir);
    KeycloakServer kc = new KeycloakServer(home, port, heap, database);
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
      Files.deleteIfExists(home.resolve("keycloak.log"));
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

  /** Freezes Keycloak (SIGSTOP): it keeps its sockets but answers nothing until {@link #resume}. */
  public void pause() {
    Processes.signalTree(process, "STOP");
  }

  /** Lets a paused Keycloak run again (SIGCONT). */
  public void resume() {
    Processes.signalTree(process, "CONT");
  }

  /**
   * Stops Keycloak the orderly way (SIGTERM), as an operator would; {@link #restart} brings it
   * back.
   */
  public void stop() {
    Processes.stopTree(process);
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
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--cache=local",
                "--import-realm"));
    if (database != null) {
      command.addAll(
          List.of(
              "--db=postgres",
              "--db-url=" + database.jdbcUrl(),
              "--db-username=" + database.user(),
              "--db-password=" + database.password()));
    }
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())); // restarts add to it
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
    stop();
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
