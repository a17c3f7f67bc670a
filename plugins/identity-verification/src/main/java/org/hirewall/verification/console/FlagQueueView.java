package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: open red flags with their evidence, cleared with a justification. */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "flag-queue-view",
    description = "Console: open red flags with their evidence, cleared with a justification")
@Enforces({"RESP-03", "DATA-16a"})
public class FlagQueueView extends DeclaredConsoleView {

  public FlagQueueView() {
    super(
        "Red flags",
        "Vetting",
        Placement.PAGE,
        140,
        "views/identity-verification/flags.js",
        Roles.SECURITY_OFFICER,
        Roles.AUDITOR,
        Roles.IT_ADMIN);
  }
}
