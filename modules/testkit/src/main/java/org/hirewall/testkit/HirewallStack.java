package org.hirewall.testkit;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: the whole real stack, once per test run — the run's PostgreSQL database
 * ({@link PostgresExtension}), Keycloak with the development realms ({@link KeycloakExtension}) and
 * the Hirewall bootable JAR ({@code hirewall.it.jar}) wired to both through the same environment
 * variables an operator sets. Use {@code @ExtendWith(HirewallStack.class)} and {@link #get()}.
 */
public final class HirewallStack implements BeforeAllCallback {

  private static volatile Running running;

  /** The started stack. */
  public record Running(KeycloakServer keycloak, PostgresDatabase database, HirewallServer server) {

    public Api api() {
      return new Api(server.url(), new Tokens(keycloak.realmUrl("hirewall")));
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
    PostgresDatabase db = PostgresExtension.createOnce(context);
    KeycloakServer kc = KeycloakExtension.startOnce(context);
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(HirewallStack.class.getName(), k -> start(db, kc), Stopping.class);
  }

  private static synchronized Stopping start(PostgresDatabase db, KeycloakServer kc) {
    HirewallServer server =
        startNode(
            db,
            kc,
            "server",
            Integer.getInteger("hirewall.it.port", 18080),
            Integer.getInteger("hirewall.it.management-port", 19990),
            Map.of());
    running = new Running(kc, db, server);
    return new Stopping();
  }

  /**
   * Starts another server node on the run's database and Keycloak (for multi-node tests), with
   * extra environment; the caller stops it.
   */
  public static HirewallServer startNode(
      PostgresDatabase db,
      KeycloakServer kc,
      String dir,
      int port,
      int managementPort,
      Map<String, String> extraEnv) {
    Path work = Path.of(Processes.required("hirewall.it.workdir"));
    Map<String, String> env = new java.util.HashMap<>(extraEnv);
    // keys (and the audit anchor beside them) belong to one database: nodes of one database share
    // them, a node on a database of its own has its own
    env.putAll(HirewallServer.wiredTo(db, kc, work.resolve("keys/" + db.name())));
    env.putAll(
        Map.of(
            // expiries are checked every 2 s in tests instead of 30 s
            "HIREWALL_PLUGIN_ACCESS_PROVISIONING_EXPIRY_SECONDS", "2",
            // revocation runs due (offboardings, retries, resumptions) are looked for every second
            "HIREWALL_PLUGIN_ACCESS_REVOCATION_TICK_SECONDS", "1"));
    env.putIfAbsent("HIREWALL_PLUGIN_ACCESS_PROVISIONING_REVERT_DRIFT", "false");
    // a short start-up warm-up of the revocation path: the suite's CPU goes to the tests
    env.putIfAbsent("HIREWALL_PLUGIN_ACCESS_REVOCATION_WARM_UP_ROUNDS", "10");
    // the test realm's gateway client has the development secret
    env.putIfAbsent("HIREWALL_PROFILE", "dev");
    // a run that met an outage is retried within 3 s of the outage ending (default 30 s)
    env.putIfAbsent("HIREWALL_PLUGIN_ACCESS_REVOCATION_RETRY_MAX_SECONDS", "3");
    return HirewallServer.start(
        Path.of(Processes.required("hirewall.it.jar")),
        work.resolve(dir),
        port,
        managementPort,
        env);
  }

  private static final class Stopping implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      running.server().close();
      running = null;
    }
  }
}
