package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's one run live: steps, time to zero access, rotations, the checklist. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "run-view",
    description = "Console: one run live: steps, time to zero access, rotations, the checklist")
@Enforces({"RESP-07", "XKEY-01", "RESP-11"})
public class RunPage implements ConsoleView {

  @Override
  public String title() {
    return "Revocation run";
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
    return "views/access-revocation/run.js";
  }

  @Override
  public Placement placement() {
    return Placement.DETAIL;
  }

  @Override
  public int order() {
    return 320;
  }
}
