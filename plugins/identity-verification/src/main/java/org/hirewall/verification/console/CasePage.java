package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/**
 * The console's a vetting case with its checks, liveness challenge, evidence upload and sign-off.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "case-view",
    description =
        "Console: a vetting case with its checks, liveness challenge, evidence upload and sign-off")
@Enforces({"HIRE-02", "LIVE-01", "INTV-13", "ORG-01"})
public class CasePage extends DeclaredConsoleView {

  public CasePage() {
    super(
        "Vetting case",
        "Vetting",
        Placement.DETAIL,
        130,
        "views/identity-verification/case.js",
        Roles.IT_ADMIN,
        Roles.SECURITY_OFFICER,
        Roles.AUDITOR);
  }
}
