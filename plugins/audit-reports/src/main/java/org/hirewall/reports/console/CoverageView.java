package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: each guidance control, the plugins enforcing it and its evidence. */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "coverage-view",
    description = "Console: each guidance control, the plugins enforcing it and its evidence")
@Enforces({"ida-3.1.1"})
public class CoverageView extends DeclaredConsoleView {

  public CoverageView() {
    super(
        "Guidance coverage",
        "Audit",
        Placement.PAGE,
        430,
        "views/audit-reports/coverage.js",
        Roles.AUDITOR,
        Roles.SECURITY_OFFICER,
        Roles.IT_ADMIN);
  }
}
