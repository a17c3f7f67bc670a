package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: a subject's change set shown before it is applied, and their grants. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "provision-view",
    description = "Console: a subject's change set shown before it is applied, and their grants")
@Enforces({"XIAM-01", "ORG-01"})
public class ProvisionView extends DeclaredConsoleView {

  public ProvisionView() {
    super(
        "Provision",
        "Access",
        Placement.PAGE,
        210,
        "views/access-provisioning/provision.js",
        Roles.IT_ADMIN,
        Roles.SECURITY_OFFICER);
  }
}
