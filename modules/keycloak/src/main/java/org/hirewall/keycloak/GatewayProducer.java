package org.hirewall.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the {@link WorkforceGateway} injectable inside the server, configured from MicroProfile
 * Config: {@code hirewall.keycloak.url}, {@code .realm}, {@code .client-id}, {@code
 * .client-secret}, {@code .connect-timeout-ms}, {@code .read-timeout-ms}, {@code .max-attempts}
 * (env {@code HIREWALL_KEYCLOAK_URL}, ...). One gateway (one HTTP client pool) for the whole
 * server.
 */
@ApplicationScoped
public class GatewayProducer {

  @Produces
  @ApplicationScoped
  WorkforceGateway gateway() {
    Config c = ConfigProvider.getConfig();
    GatewaySettings s =
        new GatewaySettings(
            c.getOptionalValue("hirewall.keycloak.url", String.class)
                .orElse("http://127.0.0.1:8180"),
            c.getOptionalValue("hirewall.keycloak.realm", String.class).orElse("workforce"),
            c.getOptionalValue("hirewall.keycloak.client-id", String.class)
                .orElse("hirewall-gateway"),
            c.getOptionalValue("hirewall.keycloak.client-secret", String.class)
                .orElse("hirewall-gateway-dev-secret"),
            Duration.ofMillis(
                c.getOptionalValue("hirewall.keycloak.connect-timeout-ms", Long.class)
                    .orElse(2000L)),
            Duration.ofMillis(
                c.getOptionalValue("hirewall.keycloak.read-timeout-ms", Long.class).orElse(10000L)),
            c.getOptionalValue("hirewall.keycloak.max-attempts", Integer.class).orElse(3));
    return new KeycloakWorkforceGateway(s);
  }

  void close(@Disposes WorkforceGateway gateway) {
    gateway.close();
  }
}
