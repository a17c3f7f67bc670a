package org.hirewall.revocation.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's contain one user or many now, from every page. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "contain-action",
    description = "Console: contain one user or many now, from every page")
@Enforces({"RESP-02", "RESP-07"})
public class ContainAction implements ConsoleView {

  @Override
  public String title() {
    return "Contain";
  }

  @Override
  public String section() {
    return "Response";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.SECURITY_OFFICER);
  }

  @Override
  public String module() {
    return "views/access-revocation/contain.js";
  }

  @Override
  public Placement placement() {
    return Placement.ACTION;
  }

  @Override
  public int order() {
    return 310;
  }
}
