package org.hirewall.core.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.hirewall.core.rest.Caller;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;

/**
 * The server's audit trail. {@link #record} must run inside the transaction that makes the change
 * it records ({@code MANDATORY}): the record and the change commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

  @Resource(lookup = "java:jboss/datasources/HirewallDS")
  DataSource dataSource;

  @Inject AuditStore store;
  @Inject CheckpointSigner signer;
  @Inject Caller caller;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
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
      return store.append(c, entry).seq();
    } catch (SQLException e) {
      throw new IllegalStateException("HIREWALL-0201 audit append failed: " + e.getMessage(), e);
    }
  }

  /** Checks the whole chain and every signed checkpoint. */
  @Transactional
  public ChainVerification verify() {
    try (Connection c = dataSource.getConnection()) {
      return store.verify(c, signer);
    } catch (SQLException e) {
      throw new IllegalStateException("HIREWALL-0202 audit verify failed: " + e.getMessage(), e);
    }
  }

  /** Signs the current head if it moved since the last checkpoint; returns its seq or 0. */
  @Transactional
  public long checkpoint() {
    try (Connection c = dataSource.getConnection()) {
      return store.checkpoint(c, signer);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "HIREWALL-0203 audit checkpoint failed: " + e.getMessage(), e);
    }
  }

  @Transactional
  public List<AuditRecord> list(long fromSeq, int limit) {
    try (Connection c = dataSource.getConnection()) {
      return store.list(c, fromSeq, limit);
    } catch (SQLException e) {
      throw new IllegalStateException("HIREWALL-0204 audit read failed: " + e.getMessage(), e);
    }
  }
}
