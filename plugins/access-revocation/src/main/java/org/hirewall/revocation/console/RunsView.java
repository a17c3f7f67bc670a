package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: containments and offboardings with their time to zero access. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "runs-view",
    description = "Console: containments and offboardings with their time to zero access")
@Enforces({"RESP-05", "RESP-07"})
public class RunsView extends DeclaredConsoleView {

  public RunsView() {
    super(
        "Revocation runs",
        "Response",
        Placement.PAGE,
        310,
        "views/access-revocation/runs.js",
        Roles.SECURITY_OFFICER,
        Roles.IT_ADMIN,
        Roles.AUDITOR);
  }
}
