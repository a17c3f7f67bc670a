package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's schedule offboardings and cancel those not started. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "offboardings-view",
    description = "Console: schedule offboardings and cancel those not started")
@Enforces({"RESP-05"})
public class OffboardingsView implements ConsoleView {

  @Override
  public String title() {
    return "Offboardings";
  }

  @Override
  public String section() {
    return "Response";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.SECURITY_OFFICER, Roles.IT_ADMIN);
  }

  @Override
  public String module() {
    return "views/access-revocation/offboardings.js";
  }

  @Override
  public int order() {
    return 330;
  }
}
