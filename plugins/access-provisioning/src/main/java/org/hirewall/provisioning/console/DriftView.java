package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's memberships granted outside Hirewall and realm settings against the guidance. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "drift-view",
    description =
        "Console: memberships granted outside Hirewall and realm settings against the guidance")
@Enforces({"XIAM-04", "XIAM-08"})
public class DriftView implements ConsoleView {

  @Override
  public String title() {
    return "Drift and posture";
  }

  @Override
  public String section() {
    return "Access";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.IT_ADMIN);
  }

  @Override
  public String module() {
    return "views/access-provisioning/drift.js";
  }

  @Override
  public int order() {
    return 240;
  }
}
