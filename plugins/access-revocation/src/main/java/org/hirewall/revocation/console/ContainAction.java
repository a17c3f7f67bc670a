package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: contain one user or many now, from every page. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "contain-action",
    description = "Console: contain one user or many now, from every page")
@Enforces({"RESP-02", "RESP-07"})
public class ContainAction extends DeclaredConsoleView {

  public ContainAction() {
    super(
        "Contain",
        "Response",
        Placement.ACTION,
        310,
        "views/access-revocation/contain.js",
        Roles.SECURITY_OFFICER);
  }
}
