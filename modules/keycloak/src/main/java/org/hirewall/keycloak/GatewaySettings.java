package org.hirewall.keycloak;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the managed realm. {@link #toString()} never shows the secret, so settings can be
 * logged safely.
 *
 * @param serverUrl Keycloak base URL, e.g. {@code http://127.0.0.1:8180}
 * @param realm the managed realm, {@code workforce} by default
 * @param clientId the confidential service-account client, {@code hirewall-gateway} by default
 * @param clientSecret that client's secret (from the environment, never from a file in git)
 */
public record GatewaySettings(
    String serverUrl,
    String realm,
    String clientId,
    String clientSecret,
    Duration connectTimeout,
    Duration readTimeout,
    int maxAttempts) {

  public GatewaySettings {
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** Defaults: 2 s to connect, 10 s to read, 3 attempts. */
  public static GatewaySettings of(
      String serverUrl, String realm, String clientId, String clientSecret) {
    return new GatewaySettings(
        serverUrl, realm, clientId, clientSecret, Duration.ofSeconds(2), Duration.ofSeconds(10), 3);
  }

  /**
   * From the environment: {@code HIREWALL_KEYCLOAK_URL}, {@code HIREWALL_KEYCLOAK_REALM}, {@code
   * HIREWALL_KEYCLOAK_CLIENT_ID}, {@code HIREWALL_KEYCLOAK_CLIENT_SECRET}.
   */
  public static GatewaySettings fromEnvironment() {
    String secret = System.getenv("HIREWALL_KEYCLOAK_CLIENT_SECRET");
    return of(
        env("HIREWALL_KEYCLOAK_URL", "http://127.0.0.1:8180"),
        env("HIREWALL_KEYCLOAK_REALM", "workforce"),
        env("HIREWALL_KEYCLOAK_CLIENT_ID", "hirewall-gateway"),
        secret == null ? "hirewall-gateway-dev-secret" : secret);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Override
  public String toString() {
    return "GatewaySettings[serverUrl="
        + serverUrl
        + ", realm="
        + realm
        + ", clientId="
        + clientId
        + ", clientSecret=****, connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", maxAttempts="
        + maxAttempts
        + "]";
  }
}
