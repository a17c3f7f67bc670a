package org.hirewall.spi;

import java.util.List;

/** The extension points a plugin can implement, with the stable names the API reports. */
public enum ExtensionPoint {
  VERIFICATION_CHECK(VerificationCheck.class),
  PROVISIONING_STEP(ProvisioningStep.class),
  REVOCATION_ACTION(RevocationAction.class),
  REPORT_DEFINITION(ReportDefinition.class),
  OWNER_NOTIFIER(OwnerNotifier.class),
  CONSOLE_VIEW(ConsoleView.class);

  private final Class<? extends HirewallExtension> contract;

  ExtensionPoint(Class<? extends HirewallExtension> contract) {
    this.contract = contract;
  }

  public Class<? extends HirewallExtension> contract() {
    return contract;
  }

  /** The extension points a class implements; empty when it implements none. */
  public static List<ExtensionPoint> implementedBy(Class<?> type) {
    return java.util.Arrays.stream(values())
        .filter(p -> p.contract.isAssignableFrom(type))
        .toList();
  }
}
