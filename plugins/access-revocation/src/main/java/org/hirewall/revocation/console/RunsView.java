package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's containments and offboardings with their time to zero access. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "runs-view",
    description = "Console: containments and offboardings with their time to zero access")
@Enforces({"RESP-05", "RESP-07"})
public class RunsView implements ConsoleView {

  @Override
  public String title() {
    return "Revocation runs";
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
    return "views/access-revocation/runs.js";
  }

  @Override
  public int order() {
    return 310;
  }
}
