package org.hirewall.core.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hirewall.core.rest.Caller;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;

/**
 * The server's audit trail, written: {@link #record} joins the caller's transaction, so a change
 * and its record commit or roll back together; {@link AuditSealer} links committed records into the
 * chain within a second or two. {@link TrailReader} reads and verifies it.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

  @Resource(lookup = "java:jboss/datasources/HirewallDS")
  DataSource dataSource;

  @Inject AuditStore store;
  @Inject Caller caller;

  @Override
  @Transactional
  public long record(AuditEvent event) {
    AuditEntry entry =
        new AuditEntry(
            caller.name(),
            caller.role(),
            event.action(),
            event.subject(),
            String.join(",", event.controls()),
            event.outcome(),
            AuditChain.sha256Hex(event.payload()));
    try (Connection c = dataSource.getConnection()) {
      return store.append(c, entry);
    } catch (SQLException e) {
      throw org.hirewall.spi.Jdbc.failure("HIREWALL-0201 audit append failed", e);
    }
  }
}
