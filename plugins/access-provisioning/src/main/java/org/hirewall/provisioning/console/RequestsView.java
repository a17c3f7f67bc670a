package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: privileged access requests, approved or refused by a second person. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "requests-view",
    description = "Console: privileged access requests, approved or refused by a second person")
@Enforces({"ORG-01a", "ORG-02"})
public class RequestsView extends DeclaredConsoleView {

  public RequestsView() {
    super(
        "Privileged requests",
        "Access",
        Placement.PAGE,
        220,
        "views/access-provisioning/requests.js",
        Roles.IT_ADMIN,
        Roles.SECURITY_OFFICER,
        Roles.AUDITOR);
  }
}
