package org.hirewall.core.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Links pending audit records into the chain and signs checkpoints, each batch in a transaction of
 * its own (so it must be called outside one). The scheduler calls it every second; readers call it
 * before they read so they see everything that was committed.
 */
@ApplicationScoped
public class AuditSealer {

  @Resource(lookup = "java:jboss/datasources/HirewallDS")
  DataSource dataSource;

  @Resource UserTransaction transaction;

  @Inject AuditStore store;
  @Inject CheckpointSigner signer;
  @Inject AuditAnchor anchor;

  /** Seals every committed pending record; returns how many. */
  public long sealPending() {
    long total = 0;
    int sealed;
    while ((sealed = inTransaction("HIREWALL-0205 audit seal", store::seal)) > 0) {
      total += sealed;
    }
    return total;
  }

  /**
   * Seals what is pending, then signs the head if it moved and, once that committed, appends it to
   * the anchor file outside the database; returns its seq or 0.
   */
  public long checkpoint() {
    sealPending();
    ChainVerifier.Checkpoint signed =
        inTransaction("HIREWALL-0203 audit checkpoint", c -> store.sign(c, signer));
    if (signed == null) {
      return 0;
    }
    anchor.append(signed.seq(), signed.recordHash(), signed.signature());
    return signed.seq();
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(String what, Work<T> work) {
    try {
      transaction.begin();
      try (Connection c = dataSource.getConnection()) {
        T result = work.run(c);
        transaction.commit();
        return result;
      } catch (Exception e) {
        transaction.rollback();
        throw e;
      }
    } catch (Exception e) {
      throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
  }
}
