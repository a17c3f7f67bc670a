package org.hirewall.testkit;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: one real Keycloak per test run ({@code @ExtendWith(KeycloakExtension.class)}).
 * The first test class that needs it starts it; it stops when the run ends. The build passes the
 * distribution ({@code hirewall.it.keycloak-dist}), the realm files ({@code hirewall.it.realms}), a
 * work directory ({@code hirewall.it.workdir}) and optionally {@code hirewall.it.keycloak-port}.
 */
public final class KeycloakExtension implements BeforeAllCallback {

  private static volatile KeycloakServer server;

  /** The running Keycloak; only valid in a test class using this extension (or HirewallStack). */
  public static KeycloakServer server() {
    if (server == null) {
      throw new IllegalStateException(
          "Keycloak is not started: use @ExtendWith(KeycloakExtension.class)");
    }
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    startOnce(context);
  }

  static KeycloakServer startOnce(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(KeycloakExtension.class.getName(), k -> start(), Running.class);
    return server;
  }

  private static synchronized Running start() {
    Path work = Path.of(Processes.required("hirewall.it.workdir"));
    server =
        KeycloakServer.start(
            Path.of(Processes.required("hirewall.it.keycloak-dist")),
            work.resolve("keycloak"),
            Path.of(Processes.required("hirewall.it.realms")),
            Integer.getInteger("hirewall.it.keycloak-port", 18180));
    return new Running();
  }

  /** Stops Keycloak when JUnit closes the root store at the end of the run. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
      server = null;
    }
  }
}
