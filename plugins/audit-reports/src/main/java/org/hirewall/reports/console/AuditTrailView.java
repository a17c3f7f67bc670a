package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: chain status, records with paging and filters, signed checkpoints. */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "audit-trail-view",
    description = "Console: chain status, records with paging and filters, signed checkpoints")
@Enforces({"ir-2.1.4", "XFOR-01"})
public class AuditTrailView extends DeclaredConsoleView {

  public AuditTrailView() {
    super(
        "Audit trail",
        "Audit",
        Placement.PAGE,
        410,
        "views/audit-reports/audit.js",
        Roles.AUDITOR,
        Roles.SECURITY_OFFICER);
  }
}
