package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's a subject's change set shown before it is applied, and their grants. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "provision-view",
    description = "Console: a subject's change set shown before it is applied, and their grants")
@Enforces({"XIAM-01", "ORG-01"})
public class ProvisionView implements ConsoleView {

  @Override
  public String title() {
    return "Provision";
  }

  @Override
  public String section() {
    return "Access";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.IT_ADMIN, Roles.SECURITY_OFFICER);
  }

  @Override
  public String module() {
    return "views/access-provisioning/provision.js";
  }

  @Override
  public int order() {
    return 210;
  }
}
