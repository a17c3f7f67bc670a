package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A dashboard card: the vetting funnel and open red flags. */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "funnel-card",
    description = "Console dashboard: the vetting funnel and open red flags")
@Enforces({"HIRE-02"})
public class FunnelCard extends DeclaredConsoleView {

  public FunnelCard() {
    super(
        "Vetting",
        "Vetting",
        Placement.CARD,
        110,
        "views/identity-verification/funnel-card.js",
        Roles.IT_ADMIN,
        Roles.SECURITY_OFFICER,
        Roles.AUDITOR);
  }
}
