package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A dashboard card: live grants by risk and those ending this week. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "grants-card",
    description = "Console dashboard: live grants by risk and those ending this week")
@Enforces({"XIAM-01", "ORG-01"})
public class GrantsCard extends DeclaredConsoleView {

  public GrantsCard() {
    super(
        "Access",
        "Access",
        Placement.CARD,
        220,
        "views/access-provisioning/grants-card.js",
        Roles.IT_ADMIN,
        Roles.SECURITY_OFFICER,
        Roles.AUDITOR);
  }
}
