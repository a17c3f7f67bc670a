package org.hirewall.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.OwnerNotifier;
import org.hirewall.spi.PluginExtension;

/**
 * The built-in owner notifier: records the notice (run, system, owner, fingerprint) where the run's
 * API and the incident package show it, writes it to the audit trail and logs it as {@code
 * HIREWALL-1206}. A plugin that e-mails or posts to chat adds its own {@link OwnerNotifier}; this
 * one stays as the record.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "owner-notice-outbox",
    description = "Records owner notices of rotated secrets in Hirewall and the log")
@Enforces({"XKEY-01", "ida-3.1.1"})
public class OwnerNoticeOutbox implements OwnerNotifier {

  private static final Logger LOG = Logger.getLogger(OwnerNoticeOutbox.class.getName());

  @Inject RunStore runs;
  @Inject AuditLog audit;

  @Override
  @Transactional
  public void notify(Notice n) {
    runs.insertNotice(
        n.runId(), new RunStore.Notice(n.system(), n.owner(), n.fingerprint(), n.at()));
    audit.record(
        new AuditEvent(
            "revocation.owner.notified",
            "run:" + n.runId(),
            List.of("XKEY-01"),
            "success",
            n.toString()));
    LOG.info(
        () ->
            "HIREWALL-1206 "
                + n.owner()
                + ": secret of "
                + n.system()
                + " rotated by revocation run "
                + n.runId()
                + " (new fingerprint "
                + n.fingerprint()
                + ")");
  }
}
