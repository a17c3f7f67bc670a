package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A dashboard card: recent runs with their time to zero access. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "containments-card",
    description = "Console dashboard: recent runs with their time to zero access")
@Enforces({"RESP-07"})
public class ContainmentsCard implements ConsoleView {

  @Override
  public String title() {
    return "Containments";
  }

  @Override
  public String section() {
    return "Response";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.SECURITY_OFFICER, Roles.IT_ADMIN, Roles.AUDITOR);
  }

  @Override
  public String module() {
    return "views/access-revocation/containments-card.js";
  }

  @Override
  public Placement placement() {
    return Placement.CARD;
  }

  @Override
  public int order() {
    return 330;
  }
}
