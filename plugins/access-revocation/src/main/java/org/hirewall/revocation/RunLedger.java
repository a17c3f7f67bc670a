package org.hirewall.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;

/**
 * The database side of a revocation run: each method is one transaction together with its audit
 * record, so the trail and the run's state never disagree. Every step is persisted before it runs
 * ({@link #stepsStarted}) and after ({@link #stepDone}).
 */
@ApplicationScoped
public class RunLedger {

  static final List<String> RUN_CONTROLS = List.of("RESP-02", "RESP-07", "ida-3.1.1");

  @Inject RunStore runs;
  @Inject AuditLog audit;

  /**
   * Creates the run, or returns the id of the user's unfinished run when the trigger must join it.
   * Only a run some node has started is joined (and, if it waits to retry, made due now); a
   * scheduled run that has not started is superseded when the new one is due sooner (a containment
   * never waits behind an offboarding planned for later). A concurrent trigger for the same user
   * fails on the {@code rv_active} key and rolls back; the caller then tries again and joins.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String createOrJoin(
      RunStore.Run run,
      Instant claimUntil,
      List<String> actionIds,
      List<RevocationPolicy.Task> checklist) {
    RunStore.Active existing = runs.active(run.username()).orElse(null);
    if (existing != null
        && existing.notStarted()
        && run.scheduledFor().isBefore(existing.scheduledFor())
        && runs.supersede(existing.runId(), run.id())) {
      audit.record(
          new AuditEvent(
              "revocation.run.superseded",
              "run:" + existing.runId(),
              RUN_CONTROLS,
              "success",
              "{\"by\":\"" + run.id() + "\",\"kind\":\"" + run.kind() + "\"}"));
      existing = null;
    }
    if (existing != null) {
      if (!run.scheduledFor().isAfter(run.requestedAt())) {
        runs.dueNow(existing.runId());
      }
      runs.addToBatch(run.batchId(), existing.runId());
      audit.record(
          new AuditEvent(
              "revocation.run.joined",
              "run:" + existing.runId(),
              RUN_CONTROLS,
              "success",
              "{\"username\":\"" + run.username() + "\",\"by\":\"" + run.requestedBy() + "\"}"));
      return existing.runId();
    }
    runs.insertRun(run, claimUntil, actionIds, checklist);
    audit.record(
        new AuditEvent(
            "revocation.run.requested",
            "run:" + run.id(),
            run.kind() == RunStore.Kind.CONTAINMENT
                ? List.of("RESP-02", "RESP-07", "RESP-03")
                : List.of("ida-3.1.1", "RESP-07"),
            "success",
            run.toString()));
    return run.id();
  }

  /**
   * Stores the evidence snapshot and records it; the audit record's payload is the snapshot itself,
   * so its digest in the trail is the snapshot's SHA-256, sealed before any access is removed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void seal(
      String runId, String userId, String snapshot, String sha256, int completeness, Instant at) {
    runs.sealSnapshot(runId, userId, snapshot, sha256, completeness, at);
    audit.record(
        new AuditEvent(
            "revocation.snapshot.sealed",
            "run:" + runId,
            List.of("RESP-05", "DATA-01", "DATA-12", "RESP-11"),
            "success",
            snapshot));
  }

  /** Marks the steps of a phase RUNNING, renewing the claim; false when another node has it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean stepsStarted(
      String runId, List<String> actionIds, String node, Instant at, Instant until) {
    if (!runs.renew(runId, node, until)) {
      return false; // another node holds the run now
    }
    for (String id : actionIds) {
      runs.stepStarted(runId, id, at);
    }
    return true;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void stepDone(String runId, String actionId, List<String> controls, Instant at) {
    runs.stepDone(runId, actionId, at);
    audit.record(
        new AuditEvent(
            "revocation.step.done",
            "run:" + runId,
            controls,
            "success",
            "{\"action\":\"" + actionId + "\",\"at\":\"" + at + "\"}"));
  }

  /** Records a rotated client secret (fingerprint only) with its audit record. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void rotated(String runId, RunStore.Rotation rotation) {
    runs.insertRotation(runId, rotation);
    audit.record(
        new AuditEvent(
            "revocation.secret.rotated",
            "run:" + runId,
            List.of("RESP-07", "XKEY-01", "ida-3.1.1"),
            "success",
            "{\"client\":\""
                + rotation.clientId()
                + "\",\"fingerprint\":\""
                + rotation.fingerprint()
                + "\"}"));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void verified(String runId, List<String> actionIds, Instant at) {
    for (String a : actionIds) {
      runs.stepVerified(runId, a, at);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void completed(String runId, Instant zeroAccessAt, long zeroAccessMs) {
    runs.completed(runId, zeroAccessAt, zeroAccessMs);
    audit.record(
        new AuditEvent(
            "revocation.run.completed",
            "run:" + runId,
            RUN_CONTROLS,
            "success",
            "{\"zeroAccessAt\":\"" + zeroAccessAt + "\",\"zeroAccessMs\":" + zeroAccessMs + "}"));
  }

  /** A failed attempt: the claim is released and the run is retried at {@code next}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void waiting(String runId, String node, String actionId, String error, Instant next) {
    if (actionId != null) {
      runs.stepFailed(runId, actionId, error);
    }
    runs.waiting(runId, node, error, next);
    audit.record(
        new AuditEvent(
            "revocation.run.waiting",
            "run:" + runId,
            RUN_CONTROLS,
            "failed",
            "{\"action\":\"" + actionId + "\",\"retryAt\":\"" + next + "\"}"));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String runId, String error) {
    runs.failed(runId, error);
    audit.record(
        new AuditEvent("revocation.run.failed", "run:" + runId, RUN_CONTROLS, "failed", error));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void resumed(String runId, String node) {
    audit.record(
        new AuditEvent(
            "revocation.run.resumed",
            "run:" + runId,
            RUN_CONTROLS,
            "success",
            "{\"node\":\"" + node + "\"}"));
  }
}
