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
 * The server's audit trail. {@link #record} joins the caller's transaction, so a change and its
 * record commit or roll back together; {@link AuditSealer} links committed records into the chain
 * within a second or two.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

  @Resource(lookup = "java:jboss/datasources/HirewallDS")
  DataSource dataSource;

  @Inject AuditStore store;
  @Inject AuditSealer sealer;
  @Inject CheckpointSigner signer;
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
      throw new IllegalStateException("HIREWALL-0201 audit append failed: " + e.getMessage(), e);
    }
  }

  /**
   * Seals what is pending (when the chain allows it), then checks the whole chain and every signed
   * checkpoint. Must be called outside a transaction.
   */
  public ChainVerification verify() {
    try {
      sealer.sealPending();
    } catch (IllegalStateException tamperedOrBusy) {
      // verification below says what is wrong with the chain
    }
    return read("HIREWALL-0202 audit verify", c -> store.verify(c, signer));
  }

  /** Sealed records from {@code fromSeq}, after sealing what is pending. Outside a transaction. */
  public List<AuditRecord> list(long fromSeq, int limit) {
    sealer.sealPending();
    return read("HIREWALL-0204 audit read", c -> store.list(c, fromSeq, limit));
  }

  private interface Read<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Read<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // lets PostgreSQL stream large reads with a cursor
      try {
        return work.run(c);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
  }
}
