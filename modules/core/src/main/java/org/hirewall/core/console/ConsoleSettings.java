package org.hirewall.core.console;

import java.net.URI;

/**
 * Where the console's browser logs in: the {@code hirewall} realm the API takes tokens from ({@code
 * HIREWALL_OIDC_URL}, as the server's OIDC check uses it) and the public client {@code
 * hirewall-console} (authorization code with PKCE, {@code HIREWALL_CONSOLE_CLIENT}).
 */
public record ConsoleSettings(String keycloakUrl, String realm, String clientId) {

  static final String DEFAULT_OIDC_URL = "http://127.0.0.1:8180/realms/hirewall";

  /** From the environment, with the same defaults as the server's OIDC configuration. */
  public static ConsoleSettings fromEnvironment() {
    String oidc = System.getenv().getOrDefault("HIREWALL_OIDC_URL", DEFAULT_OIDC_URL);
    String client = System.getenv().getOrDefault("HIREWALL_CONSOLE_CLIENT", "hirewall-console");
    return of(oidc, client);
  }

  /**
   * Splits a realm URL ({@code http://host:port/realms/NAME}) into Keycloak's URL and the realm.
   */
  public static ConsoleSettings of(String realmUrl, String clientId) {
    String url = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
    int at = url.lastIndexOf("/realms/");
    if (at < 0) {
      throw new IllegalArgumentException("HIREWALL_OIDC_URL is not a realm URL: " + realmUrl);
    }
    return new ConsoleSettings(
        url.substring(0, at), url.substring(at + "/realms/".length()), clientId);
  }

  /** The origin of Keycloak (scheme, host, port), for the console's Content-Security-Policy. */
  public String keycloakOrigin() {
    URI u = URI.create(keycloakUrl);
    return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
  }

  /** The JSON the console reads at {@code /console/config.json}. */
  public String json() {
    return "{\"url\":\""
        + keycloakUrl
        + "\",\"realm\":\""
        + realm
        + "\",\"clientId\":\""
        + clientId
        + "\"}";
  }
}
