package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's each guidance control, the plugins enforcing it and its evidence. */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "coverage-view",
    description = "Console: each guidance control, the plugins enforcing it and its evidence")
@Enforces({"ida-3.1.1"})
public class CoverageView implements ConsoleView {

  @Override
  public String title() {
    return "Guidance coverage";
  }

  @Override
  public String section() {
    return "Audit";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.IT_ADMIN);
  }

  @Override
  public String module() {
    return "views/audit-reports/coverage.js";
  }

  @Override
  public int order() {
    return 430;
  }
}
