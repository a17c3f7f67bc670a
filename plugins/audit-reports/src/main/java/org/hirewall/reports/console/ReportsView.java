package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's produce, download and verify reports. */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "reports-view",
    description = "Console: produce, download and verify reports")
@Enforces({"ir-2.1.4", "RESP-11"})
public class ReportsView implements ConsoleView {

  @Override
  public String title() {
    return "Reports";
  }

  @Override
  public String section() {
    return "Audit";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.AUDITOR, Roles.SECURITY_OFFICER);
  }

  @Override
  public String module() {
    return "views/audit-reports/reports.js";
  }

  @Override
  public int order() {
    return 420;
  }
}
