package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: one run live: steps, time to zero access, rotations, the checklist. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "run-view",
    description = "Console: one run live: steps, time to zero access, rotations, the checklist")
@Enforces({"RESP-07", "XKEY-01", "RESP-11"})
public class RunPage extends DeclaredConsoleView {

  public RunPage() {
    super(
        "Revocation run",
        "Response",
        Placement.DETAIL,
        320,
        "views/access-revocation/run.js",
        Roles.SECURITY_OFFICER,
        Roles.IT_ADMIN,
        Roles.AUDITOR);
  }
}
