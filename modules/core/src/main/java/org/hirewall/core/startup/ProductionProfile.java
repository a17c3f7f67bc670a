package org.hirewall.core.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What keeps a server out of production: development secrets and the embedded database. Unless
 * {@code HIREWALL_PROFILE=dev} (which {@code bin/hirewall run} and the tests set), each is a reason
 * to refuse to start, naming the setting to change. Pure: reads settings through {@code lookup}
 * (MicroProfile Config in the server: environment variables and system properties).
 */
public final class ProductionProfile {

  /** The gateway client secret committed to git in {@code config/keycloak/workforce-realm.json}. */
  static final String DEV_GATEWAY_SECRET = "hirewall-gateway-dev-secret";

  private ProductionProfile() {}

  public static boolean dev(Function<String, Optional<String>> lookup) {
    return lookup.apply("hirewall.profile").map(p -> p.equalsIgnoreCase("dev")).orElse(false);
  }

  /** Why this configuration may not run as production; empty when it may. */
  public static List<String> problems(Function<String, Optional<String>> lookup) {
    List<String> out = new ArrayList<>();
    if (dev(lookup)) {
      return out;
    }
    String db = lookup.apply("hirewall.db.kind").orElse("h2");
    if (db.equalsIgnoreCase("h2")) {
      out.add(
          "HIREWALL_DB_KIND is h2, the embedded development database: set HIREWALL_DB_KIND=postgresql"
              + " with HIREWALL_DB_URL, HIREWALL_DB_USER and HIREWALL_DB_PASSWORD");
    }
    String secret = lookup.apply("hirewall.keycloak.client-secret").orElse(DEV_GATEWAY_SECRET);
    if (secret.isBlank() || secret.equals(DEV_GATEWAY_SECRET)) {
      out.add(
          "HIREWALL_KEYCLOAK_CLIENT_SECRET is the development secret from git: set the secret of"
              + " the managed realm's hirewall-gateway client");
    }
    return out;
  }
}
