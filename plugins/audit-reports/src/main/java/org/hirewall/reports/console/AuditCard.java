package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A dashboard card: the audit chain's last signed checkpoint and the way to verify it. */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "audit-card",
    description =
        "Console dashboard: the audit chain's last signed checkpoint and the way to verify it")
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
