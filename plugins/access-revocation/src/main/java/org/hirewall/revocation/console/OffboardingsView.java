package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: schedule offboardings and cancel those not started. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "offboardings-view",
    description = "Console: schedule offboardings and cancel those not started")
@Enforces({"RESP-05"})
public class OffboardingsView extends DeclaredConsoleView {

  public OffboardingsView() {
    super(
        "Offboardings",
        "Response",
        Placement.PAGE,
        330,
        "views/access-revocation/offboardings.js",
        Roles.SECURITY_OFFICER,
        Roles.IT_ADMIN);
  }
}
