package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A dashboard card: recent runs with their time to zero access. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "containments-card",
    description = "Console dashboard: recent runs with their time to zero access")
@Enforces({"RESP-07"})
public class ContainmentsCard extends DeclaredConsoleView {

  public ContainmentsCard() {
    super(
        "Containments",
        "Response",
        Placement.CARD,
        330,
        "views/access-revocation/containments-card.js",
        Roles.SECURITY_OFFICER,
        Roles.IT_ADMIN,
        Roles.AUDITOR);
  }
}
