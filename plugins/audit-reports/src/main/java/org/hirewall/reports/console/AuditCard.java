package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A dashboard card: whether the audit chain verifies, and its last checkpoint. */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "audit-card",
    description = "Console dashboard: whether the audit chain verifies, and its last checkpoint")
@Enforces({"ir-2.1.4"})
public class AuditCard extends DeclaredConsoleView {

  public AuditCard() {
    super(
        "Audit chain",
        "Audit",
        Placement.CARD,
        440,
        "views/audit-reports/audit-card.js",
        Roles.AUDITOR,
        Roles.SECURITY_OFFICER);
  }
}
