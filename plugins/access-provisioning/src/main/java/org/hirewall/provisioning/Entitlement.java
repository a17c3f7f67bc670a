package org.hirewall.provisioning;

import java.util.Objects;

/** A Keycloak membership Hirewall grants: {@code group:<name>} or {@code realm-role:<name>}. */
public record Entitlement(Kind kind, String name) {

  public enum Kind {
    GROUP("group"),
    REALM_ROLE("realm-role");

    final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  public Entitlement {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(name);
  }

  public static Entitlement parse(String text) {
    for (Kind k : Kind.values()) {
      if (text.startsWith(k.prefix + ":") && text.length() > k.prefix.length() + 1) {
        return new Entitlement(k, text.substring(k.prefix.length() + 1));
      }
    }
    throw new IllegalArgumentException(
        "not an entitlement (group:<name> or realm-role:<name>): " + text);
  }

  @Override
  public String toString() {
    return kind.prefix + ":" + name;
  }
}
