package org.hirewall.reports.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
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
public class AuditCard implements ConsoleView {

  @Override
  public String title() {
    return "Audit chain";
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
    return "views/audit-reports/audit-card.js";
  }

  @Override
  public Placement placement() {
    return Placement.CARD;
  }

  @Override
  public int order() {
    return 440;
  }
}
