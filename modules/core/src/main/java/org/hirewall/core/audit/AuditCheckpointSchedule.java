package org.hirewall.core.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Seals the audit trail periodically: once a minute the head, if it moved, gets a signed
 * checkpoint. Records newer than the last checkpoint are protected by the chain alone.
 */
@Singleton
public class AuditCheckpointSchedule {

  private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

  @Inject AuditTrail trail;

  @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
  void seal() {
    long seq = trail.checkpoint();
    if (seq > 0) {
      LOG.fine(() -> "HIREWALL-0210 audit checkpoint signed at seq " + seq);
    }
  }
}
