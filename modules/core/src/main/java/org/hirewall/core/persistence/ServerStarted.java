package org.hirewall.core.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import org.hirewall.core.audit.AuditTrail;
import org.hirewall.core.plugins.PluginRegistry;
import org.hirewall.spi.AuditEvent;

/**
 * Records each start in the audit trail with the plugins deployed, so an auditor sees when the
 * enforced rule set changed (XFOR-01).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class ServerStarted {

  @Inject AuditTrail trail;
  @Inject PluginRegistry registry;

  @PostConstruct
  void record() {
    String plugins =
        registry.plugins().stream().map(p -> p.id() + "=" + p.controls()).toList().toString();
    trail.record(
        new AuditEvent("server.started", "hirewall", List.of("XFOR-01"), "success", plugins));
  }
}
