package org.hirewall.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.PluginStore;

/**
 * Revocation runs, their steps and checklist, rotations and notices. Every write joins the caller's
 * transaction. Runs are claimed with a compare-and-set on {@code claimed_by}/{@code claim_until},
 * so one node works on a run at a time and a dead node's claim lapses.
 */
@ApplicationScoped
public class RunStore extends PluginStore {

  public RunStore() {
    super("HIREWALL-1202 revocation store");
  }

  public RunStore(DataSource dataSource) {
    super("HIREWALL-1202 revocation store", dataSource);
  }

  public enum Kind {
    CONTAINMENT,
    OFFBOARDING
  }

  public record Run(
      String id,
      String batchId,
      Kind kind,
      String username,
      String userId,
      String subjectId,
      String reason,
      String state,
      String requestedBy,
      Instant requestedAt,
      Instant scheduledFor,
      Instant startedAt,
      String snapshotSha256,
      Instant sealedAt,
      Integer completeness,
      Instant zeroAccessAt,
      Long zeroAccessMs,
      int attempts,
      Instant nextAttemptAt,
      String claimedBy,
      String lastError,
      String supersededBy) {

    public boolean finished() {
      return state.equals("COMPLETED")
          || state.equals("FAILED")
          || state.equals("CANCELLED")
          || state.equals("SUPERSEDED");
    }
  }

  /** A user's unfinished run as far as a new trigger needs to know it. */
  public record Active(String runId, String state, Instant scheduledFor, boolean claimed) {

    /** Scheduled for later and not picked up by any node: it may be superseded, not joined. */
    public boolean notStarted() {
      return state.equals("SCHEDULED") && !claimed;
    }
  }

  public record Step(
      String actionId,
      int position,
      String state,
      int attempts,
      Instant startedAt,
      Instant doneAt,
      Instant verifiedAt,
      String lastError) {}

  public record Task(
      String control, String title, String owner, String note, String doneBy, Instant doneAt) {}

  public record Rotation(
      String clientId, String oldFingerprint, String fingerprint, Instant rotatedAt) {}

  public record Notice(String system, String owner, String fingerprint, Instant sentAt) {}

  private static final String RUN_COLUMNS =
      "id, batch_id, kind, username, user_id, subject_id, reason, state, requested_by,"
          + " requested_at, scheduled_for, started_at, snapshot_sha256, sealed_at, completeness,"
          + " zero_access_at, zero_access_ms, attempts, next_attempt_at, claimed_by, last_error,"
          + " superseded_by";

  // ---- creating and joining

  /** The unfinished run of {@code username} (lowercase), if there is one. */
  public Optional<String> activeRun(String username) {
    return db().strings("SELECT run_id FROM rv_active WHERE username = ?", username).stream()
        .findFirst();
  }

  /** The unfinished run of {@code username} (lowercase) with its state, if there is one. */
  public Optional<Active> active(String username) {
    return db()
        .list(
            "SELECT r.id, r.state, r.scheduled_for, r.claimed_by FROM rv_active a"
                + " JOIN rv_run r ON r.id = a.run_id WHERE a.username = ?",
            rs ->
                new Active(
                    rs.getString(1), rs.getString(2), Jdbc.instant(rs, 3), rs.getString(4) != null),
            username)
        .stream()
        .findFirst();
  }

  /**
   * Ends a scheduled run that no node has picked up as SUPERSEDED by {@code by}, and frees the
   * user's active slot; false when it started meanwhile (then it is joined instead).
   */
  public boolean supersede(String id, String by) {
    boolean superseded =
        db().update(
                    "UPDATE rv_run SET state = 'SUPERSEDED', superseded_by = ? WHERE id = ?"
                        + " AND state = 'SCHEDULED' AND claimed_by IS NULL",
                    by,
                    id)
            == 1;
    if (superseded) {
      db().update("DELETE FROM rv_active WHERE run_id = ?", id);
    }
    return superseded;
  }

  /** A run waiting to retry is due at once (a new trigger for the user must not wait behind it). */
  public void dueNow(String id) {
    db().update("UPDATE rv_run SET next_attempt_at = NULL WHERE id = ? AND state = 'WAITING'", id);
  }

  /** Lists a joined run in the batch of the request that joined it. */
  public void addToBatch(String batchId, String runId) {
    db().update("INSERT INTO rv_batch_member (batch_id, run_id) VALUES (?, ?)", batchId, runId);
  }

  /**
   * Inserts a run, its steps and checklist, and marks it the user's active run. A run to start now
   * is inserted claimed by the node that starts it, until {@code claimUntil}.
   */
  public void insertRun(
      Run r, Instant claimUntil, List<String> actionIds, List<RevocationPolicy.Task> checklist) {
    db().update(
            "INSERT INTO rv_run (id, batch_id, kind, username, user_id, subject_id, reason, state,"
                + " requested_by, requested_at, scheduled_for, claimed_by, claim_until)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            r.id(),
            r.batchId(),
            r.kind().name(),
            r.username(),
            r.userId(),
            r.subjectId(),
            r.reason(),
            r.state(),
            r.requestedBy(),
            ts(r.requestedAt()),
            ts(r.scheduledFor()),
            r.claimedBy(),
            claimUntil == null ? null : ts(claimUntil));
    db().run(
            c -> {
              // one round trip per table, not per row
              try (PreparedStatement steps =
                      c.prepareStatement(
                          "INSERT INTO rv_step (run_id, action_id, position, state)"
                              + " VALUES (?,?,?,'PENDING')");
                  PreparedStatement tasks =
                      c.prepareStatement(
                          "INSERT INTO rv_task (run_id, control, title, position) VALUES (?,?,?,?)")) {
                for (int i = 0; i < actionIds.size(); i++) {
                  steps.setString(1, r.id());
                  steps.setString(2, actionIds.get(i));
                  steps.setInt(3, i + 1);
                  steps.addBatch();
                }
                for (int i = 0; i < checklist.size(); i++) {
                  tasks.setString(1, r.id());
                  tasks.setString(2, checklist.get(i).control());
                  tasks.setString(3, checklist.get(i).title());
                  tasks.setInt(4, i + 1);
                  tasks.addBatch();
                }
                steps.executeBatch();
                if (!checklist.isEmpty()) {
                  tasks.executeBatch();
                }
              }
              return null;
            });
    db().update("INSERT INTO rv_active (username, run_id) VALUES (?, ?)", r.username(), r.id());
  }

  // ---- reading

  public Optional<Run> run(String id) {
    return runs("SELECT " + RUN_COLUMNS + " FROM rv_run WHERE id = ?", id).stream().findFirst();
  }

  public List<Run> batch(String batchId) {
    return runs(
        "SELECT "
            + RUN_COLUMNS
            + " FROM rv_run WHERE batch_id = ? OR id IN"
            + " (SELECT run_id FROM rv_batch_member WHERE batch_id = ?) ORDER BY username",
        batchId,
        batchId);
  }

  /** The newest runs, optionally only those of one user. */
  public List<Run> recent(String username, int limit) {
    return username == null
        ? runs("SELECT " + RUN_COLUMNS + " FROM rv_run ORDER BY requested_at DESC LIMIT " + limit)
        : runs(
            "SELECT "
                + RUN_COLUMNS
                + " FROM rv_run WHERE username = ? ORDER BY requested_at DESC LIMIT "
                + limit,
            username);
  }

  /** Completed runs' times to zero access, bucketed for a histogram. */
  public record ZeroAccess(long[] cumulative, long count, double sumSeconds) {}

  public ZeroAccess zeroAccess(double[] boundsSeconds) {
    StringBuilder sql = new StringBuilder("SELECT COUNT(*), COALESCE(SUM(zero_access_ms), 0)");
    for (double b : boundsSeconds) {
      sql.append(", SUM(CASE WHEN zero_access_ms <= ")
          .append((long) (b * 1000))
          .append(" THEN 1 ELSE 0 END)");
    }
    sql.append(" FROM rv_run WHERE state = 'COMPLETED' AND zero_access_ms IS NOT NULL");
    return db().list(
            sql.toString(),
            rs -> {
              long[] c = new long[boundsSeconds.length];
              for (int i = 0; i < c.length; i++) {
                c[i] = rs.getLong(3 + i);
              }
              return new ZeroAccess(c, rs.getLong(1), rs.getLong(2) / 1000.0);
            })
        .get(0);
  }

  /** How many runs are in each state. */
  public java.util.Map<String, Long> countByState() {
    java.util.Map<String, Long> out = new java.util.HashMap<>();
    db().list(
            "SELECT state, COUNT(*) FROM rv_run GROUP BY state",
            rs -> out.put(rs.getString(1), rs.getLong(2)));
    return out;
  }

  public Optional<String> snapshot(String runId) {
    return db()
        .strings("SELECT snapshot FROM rv_run WHERE id = ? AND snapshot IS NOT NULL", runId)
        .stream()
        .findFirst();
  }

  public List<Step> steps(String runId) {
    return db().list(
            "SELECT action_id, position, state, attempts, started_at, done_at, verified_at,"
                + " last_error FROM rv_step WHERE run_id = ? ORDER BY position",
            rs ->
                new Step(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getInt(4),
                    Jdbc.instant(rs, 5),
                    Jdbc.instant(rs, 6),
                    Jdbc.instant(rs, 7),
                    rs.getString(8)),
            runId);
  }

  public List<Task> tasks(String runId) {
    return db().list(
            "SELECT control, title, owner, note, done_by, done_at FROM rv_task WHERE run_id = ?"
                + " ORDER BY position",
            rs ->
                new Task(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    Jdbc.instant(rs, 6)),
            runId);
  }

  public List<Rotation> rotations(String runId) {
    return db().list(
            "SELECT client_id, old_fingerprint, fingerprint, rotated_at FROM rv_rotation"
                + " WHERE run_id = ? ORDER BY client_id",
            rs ->
                new Rotation(
                    rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, 4)),
            runId);
  }

  public List<Notice> notices(String runId) {
    return db().list(
            "SELECT system, owner, fingerprint, sent_at FROM rv_notice WHERE run_id = ?"
                + " ORDER BY sent_at, system",
            rs ->
                new Notice(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, 4)),
            runId);
  }

  /** Runs some node may work on now: due, unclaimed (or the claim lapsed), not backing off. */
  public List<String> due(Instant now, int limit) {
    return db().list(
            "SELECT id FROM rv_run WHERE state IN ('SCHEDULED','QUEUED','RUNNING','WAITING')"
                + " AND scheduled_for <= ? AND (claim_until IS NULL OR claim_until < ?)"
                + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                + " ORDER BY scheduled_for LIMIT "
                + limit,
            rs -> rs.getString(1),
            ts(now),
            ts(now),
            ts(now));
  }

  // ---- working on a run

  /**
   * Claims a run for {@code node} until {@code until}: succeeds when it is due and unclaimed, its
   * claim lapsed, or {@code node} holds it already. Counts the attempt.
   */
  public boolean claim(String id, String node, Instant now, Instant until) {
    return db().update(
                "UPDATE rv_run SET state = 'RUNNING', claimed_by = ?, claim_until = ?,"
                    + " started_at = COALESCE(started_at, ?), attempts = attempts + 1,"
                    + " next_attempt_at = NULL WHERE id = ?"
                    + " AND state IN ('SCHEDULED','QUEUED','RUNNING','WAITING') AND scheduled_for <= ?"
                    + " AND (claim_until IS NULL OR claim_until < ? OR claimed_by = ?)"
                    + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
                node,
                ts(until),
                ts(now),
                id,
                ts(now),
                ts(now),
                node,
                ts(now))
        == 1;
  }

  /** Extends this node's claim; false when the claim was lost (another node took the run). */
  public boolean renew(String id, String node, Instant until) {
    return db().update(
                "UPDATE rv_run SET claim_until = ? WHERE id = ? AND claimed_by = ?"
                    + " AND state = 'RUNNING'",
                ts(until),
                id,
                node)
        == 1;
  }

  public void sealSnapshot(
      String id, String userId, String snapshot, String sha256, int completeness, Instant at) {
    db().update(
            "UPDATE rv_run SET user_id = ?, snapshot = ?, snapshot_sha256 = ?, completeness = ?,"
                + " sealed_at = ? WHERE id = ? AND snapshot IS NULL",
            userId,
            snapshot,
            sha256,
            completeness,
            ts(at),
            id);
  }

  public void stepStarted(String runId, String actionId, Instant at) {
    db().update(
            "UPDATE rv_step SET state = 'RUNNING', attempts = attempts + 1,"
                + " started_at = COALESCE(started_at, ?) WHERE run_id = ? AND action_id = ?",
            ts(at),
            runId,
            actionId);
  }

  public void stepDone(String runId, String actionId, Instant at) {
    db().update(
            "UPDATE rv_step SET state = 'DONE', done_at = ?, last_error = NULL"
                + " WHERE run_id = ? AND action_id = ?",
            ts(at),
            runId,
            actionId);
  }

  public void stepVerified(String runId, String actionId, Instant at) {
    db().update(
            "UPDATE rv_step SET state = 'VERIFIED', verified_at = ? WHERE run_id = ?"
                + " AND action_id = ?",
            ts(at),
            runId,
            actionId);
  }

  public void stepFailed(String runId, String actionId, String error) {
    db().update(
            "UPDATE rv_step SET last_error = ? WHERE run_id = ? AND action_id = ?",
            cut(error),
            runId,
            actionId);
  }

  /** Releases the claim and backs off until {@code next}. */
  public void waiting(String id, String node, String error, Instant next) {
    db().update(
            "UPDATE rv_run SET state = 'WAITING', claimed_by = NULL, claim_until = NULL,"
                + " next_attempt_at = ?, last_error = ? WHERE id = ? AND claimed_by = ?",
            ts(next),
            cut(error),
            id,
            node);
  }

  public void completed(String id, Instant zeroAccessAt, long zeroAccessMs) {
    db().update(
            "UPDATE rv_run SET state = 'COMPLETED', zero_access_at = ?, zero_access_ms = ?,"
                + " claimed_by = NULL, claim_until = NULL, last_error = NULL WHERE id = ?",
            ts(zeroAccessAt),
            zeroAccessMs,
            id);
    db().update("DELETE FROM rv_active WHERE run_id = ?", id);
  }

  public void failed(String id, String error) {
    db().update(
            "UPDATE rv_run SET state = 'FAILED', claimed_by = NULL, claim_until = NULL,"
                + " last_error = ? WHERE id = ?",
            cut(error),
            id);
    db().update("DELETE FROM rv_active WHERE run_id = ?", id);
  }

  /** Cancels a run that has not started; false when it has. */
  public boolean cancel(String id) {
    boolean cancelled =
        db().update(
                    "UPDATE rv_run SET state = 'CANCELLED' WHERE id = ? AND state = 'SCHEDULED'"
                        + " AND claimed_by IS NULL",
                    id)
            == 1;
    if (cancelled) {
      db().update("DELETE FROM rv_active WHERE run_id = ?", id);
    }
    return cancelled;
  }

  // ---- rotations, notices, checklist

  public Optional<Rotation> rotation(String runId, String clientId) {
    return rotations(runId).stream().filter(r -> r.clientId().equals(clientId)).findFirst();
  }

  public void insertRotation(String runId, Rotation r) {
    db().update(
            "INSERT INTO rv_rotation (run_id, client_id, old_fingerprint, fingerprint, rotated_at)"
                + " VALUES (?,?,?,?,?)",
            runId,
            r.clientId(),
            r.oldFingerprint(),
            r.fingerprint(),
            ts(r.rotatedAt()));
  }

  public void insertNotice(String runId, Notice n) {
    db().update(
            "INSERT INTO rv_notice (id, run_id, system, owner, fingerprint, sent_at)"
                + " VALUES (?,?,?,?,?,?)",
            java.util.UUID.randomUUID().toString(),
            runId,
            n.system(),
            n.owner(),
            n.fingerprint(),
            ts(n.sentAt()));
  }

  /** Updates a checklist task; false when the run has no such task. */
  public boolean updateTask(
      String runId, String control, String owner, String note, String doneBy, Instant doneAt) {
    return db().update(
                "UPDATE rv_task SET owner = COALESCE(?, owner), note = COALESCE(?, note),"
                    + " done_by = COALESCE(?, done_by), done_at = COALESCE(?, done_at)"
                    + " WHERE run_id = ? AND control = ?",
                owner,
                note,
                doneBy,
                doneAt == null ? null : ts(doneAt),
                runId,
                control)
        == 1;
  }

  // ----

  private List<Run> runs(String sql, Object... args) {
    return db().list(sql, RunStore::run, args);
  }

  private static Run run(ResultSet rs) throws SQLException {
    long ms = rs.getLong(17);
    Long zeroMs = rs.wasNull() ? null : ms;
    int c = rs.getInt(15);
    Integer completeness = rs.wasNull() ? null : c;
    return new Run(
        rs.getString(1),
        rs.getString(2),
        Kind.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        Jdbc.instant(rs, 10),
        Jdbc.instant(rs, 11),
        Jdbc.instant(rs, 12),
        rs.getString(13),
        Jdbc.instant(rs, 14),
        completeness,
        Jdbc.instant(rs, 16),
        zeroMs,
        rs.getInt(18),
        Jdbc.instant(rs, 19),
        rs.getString(20),
        rs.getString(21),
        rs.getString(22));
  }

  private static Timestamp ts(Instant i) {
    return Timestamp.from(i);
  }

  private static String cut(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
  }
}
