package org.hirewall.spi;

/**
 * Hirewall's own roles, granted in the {@code hirewall} realm. Every endpoint names the ones it
 * admits.
 */
public final class Roles {
  public static final String IT_ADMIN = "it-admin";
  public static final String SECURITY_OFFICER = "security-officer";
  public static final String AUDITOR = "auditor";

  private Roles() {}
}
