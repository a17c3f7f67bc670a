package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: memberships granted outside Hirewall and realm settings against the guidance. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "drift-view",
    description =
        "Console: memberships granted outside Hirewall and realm settings against the guidance")
@Enforces({"XIAM-04", "XIAM-08"})
public class DriftView extends DeclaredConsoleView {

  public DriftView() {
    super(
        "Drift and posture",
        "Access",
        Placement.PAGE,
        240,
        "views/access-provisioning/drift.js",
        Roles.SECURITY_OFFICER,
        Roles.AUDITOR,
        Roles.IT_ADMIN);
  }
}
