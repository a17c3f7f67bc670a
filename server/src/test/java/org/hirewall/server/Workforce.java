package org.hirewall.server;

import java.util.concurrent.ThreadLocalRandom;
import org.hirewall.testkit.HirewallStack;
import org.hirewall.testkit.Insiders;
import org.hirewall.testkit.KeycloakServer;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The test Keycloak's workforce realm as its own admin sees it (to check and to tamper), and the
 * {@link Insiders} fixture on it: one admin client for the whole run, shared by every test class
 * (none closes it; it ends with the test JVM).
 */
public final class Workforce {

  private static Keycloak admin;
  private static Insiders insiders;

  private Workforce() {}

  /** The {@code hirewall} realm of Hirewall's own users (its console and API clients). */
  public static RealmResource hirewallRealm() {
    realm();
    return admin.realm("hirewall");
  }

  public static synchronized RealmResource realm() {
    if (admin == null) {
      admin =
          Keycloak.getInstance(
              HirewallStack.get().keycloak().url(),
              "master",
              KeycloakServer.ADMIN_USER,
              KeycloakServer.ADMIN_PASSWORD,
              "admin-cli");
    }
    return admin.realm("workforce");
  }

  public static synchronized Insiders insiders() {
    if (insiders == null) {
      insiders = new Insiders(HirewallStack.get().keycloak().url(), realm());
    }
    return insiders;
  }

  /** A username no other test uses: {@code prefix-<random>}. */
  public static String name(String prefix) {
    return prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
  }
}
