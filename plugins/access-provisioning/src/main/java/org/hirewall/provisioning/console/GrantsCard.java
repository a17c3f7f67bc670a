package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A dashboard card: live grants by risk and those ending this week. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "grants-card",
    description = "Console dashboard: live grants by risk and those ending this week")
@Enforces({"XIAM-01", "ORG-01"})
public class GrantsCard implements ConsoleView {

  @Override
  public String title() {
    return "Access";
  }

  @Override
  public String section() {
    return "Access";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR);
  }

  @Override
  public String module() {
    return "views/access-provisioning/grants-card.js";
  }

  @Override
  public Placement placement() {
    return Placement.CARD;
  }

  @Override
  public int order() {
    return 220;
  }
}
