package org.hirewall.testkit;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: the whole real stack, started once per test run (the first test class that
 * needs it starts it; JUnit closes it when the run ends): a fresh PostgreSQL database, Keycloak
 * with the development realms, and the Hirewall bootable JAR wired to both. Use it with
 * {@code @ExtendWith(HirewallStack.class)} and reach the parts through {@link #get()}.
 *
 * <p>The build passes where things are: {@code hirewall.it.jar}, {@code hirewall.it.keycloak-dist},
 * {@code hirewall.it.realms}, {@code hirewall.it.workdir}.
 */
public final class HirewallStack implements BeforeAllCallback {

  private static volatile Running running;

  /** The started stack: Keycloak, the database and the server. */
  public record Running(
      KeycloakServer keycloak, PostgresDatabase database, HirewallServer server, Path workDir)
      implements ExtensionContext.Store.CloseableResource {

    public Api api() {
      return new Api(server.url(), new Tokens(keycloak.realmUrl("hirewall")));
    }

    @Override
    public void close() {
      server.close();
      keycloak.close();
      database.close();
    }
  }

  public static Running get() {
    if (running == null) {
      throw new IllegalStateException(
          "the stack is not started: annotate the test with @ExtendWith(HirewallStack.class)");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(HirewallStack.class.getName(), k -> start(), Running.class);
  }

  private static synchronized Running start() {
    if (running != null) {
      return running;
    }
    Path work = Path.of(Processes.required("hirewall.it.workdir"));
    int kcPort = Integer.getInteger("hirewall.it.keycloak-port", 18180);
    int port = Integer.getInteger("hirewall.it.port", 18080);
    int mgmtPort = Integer.getInteger("hirewall.it.management-port", 19990);
    PostgresDatabase db = PostgresDatabase.create();
    KeycloakServer kc = null;
    try {
      kc =
          KeycloakServer.start(
              Path.of(Processes.required("hirewall.it.keycloak-dist")),
              work.resolve("keycloak"),
              Path.of(Processes.required("hirewall.it.realms")),
              kcPort);
      HirewallServer server =
          HirewallServer.start(
              Path.of(Processes.required("hirewall.it.jar")),
              work.resolve("server"),
              port,
              mgmtPort,
              Map.of(
                  "HIREWALL_DB_KIND", "postgresql",
                  "HIREWALL_DB_URL", db.jdbcUrl(),
                  "HIREWALL_DB_USER", db.user(),
                  "HIREWALL_DB_PASSWORD", db.password(),
                  "HIREWALL_OIDC_URL", kc.realmUrl("hirewall"),
                  "HIREWALL_KEYCLOAK_URL", kc.url(),
                  "HIREWALL_AUDIT_KEY_DIR", work.resolve("server/keys").toString()));
      running = new Running(kc, db, server, work);
      return running;
    } catch (RuntimeException e) {
      if (kc != null) {
        kc.close();
      }
      db.close();
      throw e;
    }
  }
}
