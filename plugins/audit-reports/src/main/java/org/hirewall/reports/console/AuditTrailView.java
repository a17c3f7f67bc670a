package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's chain status, records with paging and filters, signed checkpoints. */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "audit-trail-view",
    description = "Console: chain status, records with paging and filters, signed checkpoints")
@Enforces({"ir-2.1.4", "XFOR-01"})
public class AuditTrailView implements ConsoleView {

  @Override
  public String title() {
    return "Audit trail";
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
    return "views/audit-reports/audit.js";
  }

  @Override
  public int order() {
    return 410;
  }
}
