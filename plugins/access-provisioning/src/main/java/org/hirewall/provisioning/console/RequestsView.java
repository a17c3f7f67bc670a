package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's privileged access requests, approved or refused by a second person. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "requests-view",
    description = "Console: privileged access requests, approved or refused by a second person")
@Enforces({"ORG-01a", "ORG-02"})
public class RequestsView implements ConsoleView {

  @Override
  public String title() {
    return "Privileged requests";
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
    return "views/access-provisioning/requests.js";
  }

  @Override
  public int order() {
    return 220;
  }
}
