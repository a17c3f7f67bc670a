package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: produce, download and verify reports. */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "reports-view",
    description = "Console: produce, download and verify reports")
@Enforces({"ir-2.1.4", "RESP-11"})
public class ReportsView extends DeclaredConsoleView {

  public ReportsView() {
    super(
        "Reports",
        "Audit",
        Placement.PAGE,
        420,
        "views/audit-reports/reports.js",
        Roles.AUDITOR,
        Roles.SECURITY_OFFICER);
  }
}
