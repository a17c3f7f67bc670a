package org.hirewall.core.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the audit trail sealed: every second, pending records are linked into the chain; every
 * minute the head, if it moved, gets a signed checkpoint. The sealer runs its own transactions.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditSchedule {

  private static final Logger LOG = Logger.getLogger(AuditSchedule.class.getName());

  @Inject AuditSealer sealer;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void seal() {
    try {
      sealer.sealPending();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "HIREWALL-0205 audit sealing failed; verify the trail", e);
    }
  }

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  void checkpoint() {
    try {
      long seq = sealer.checkpoint();
      if (seq > 0) {
        LOG.fine(() -> "HIREWALL-0210 audit checkpoint signed at seq " + seq);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "HIREWALL-0203 audit checkpoint failed; verify the trail", e);
    }
  }
}
