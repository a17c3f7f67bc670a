package org.hirewall.provisioning;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;

/**
 * Bulk onboarding from an HR CSV export (columns {@code subject_id, username, email, first_name,
 * last_name, profile} matched by header name in any order; parsed by {@link HrCsv}). {@link
 * #validate} reports every bad row without changing anything; {@link #start} applies the good rows
 * in the background, one at a time, so one bad row never aborts or corrupts the others; progress is
 * in {@code pv_import}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkImport {

  static final List<String> COLUMNS =
      List.of("subject_id", "username", "email", "first_name", "last_name", "profile");
  private static final Pattern UUID = Pattern.compile("[0-9a-f-]{36}");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Resource(lookup = Jdbc.DATASOURCE)
  DataSource dataSource;

  @Inject AccessProfiles profiles;
  @Inject ProvisioningService provisioning;
  @Inject ImportRunner runner;
  @Inject org.hirewall.spi.AuditLog audit;

  /** One CSV line, with what is wrong with it (empty when it is fine). */
  public record Row(int line, ProvisioningService.ApplyCommand command, List<String> problems) {}

  public record Progress(
      String id, String state, int total, int applied, int failed, List<RowState> rows) {}

  public record RowState(
      int line, String subjectId, String username, String state, String message) {}

  private Jdbc db() {
    return new Jdbc(dataSource, "HIREWALL-1106 bulk import");
  }

  /** What a file holds: the columns used and ignored, and every row with its problems. */
  public record Report(List<String> columns, List<String> ignoredColumns, List<Row> rows) {}

  /** Parses and validates every row; changes nothing. */
  public Report validate(String csv) {
    HrCsv.Parsed parsed = HrCsv.parse(csv, COLUMNS);
    if (parsed.problem() != null) {
      return new Report(List.of(), List.of(), List.of(new Row(1, null, List.of(parsed.problem()))));
    }
    List<Row> rows = new ArrayList<>();
    Set<String> usernames = new HashSet<>();
    Set<String> subjects = new HashSet<>();
    for (HrCsv.Line line : parsed.lines()) {
      Map<String, String> f = line.values();
      List<String> problems = new ArrayList<>();
      String subject = f.get("subject_id");
      String username = f.get("username").toLowerCase(java.util.Locale.ROOT);
      if (!UUID.matcher(subject).matches()) problems.add("subject_id: not a subject id");
      if (!USERNAME.matcher(username).matches()) problems.add("username: 3-60 of a-z 0-9 . _ -");
      if (!EMAIL.matcher(f.get("email")).matches() || f.get("email").length() > 254)
        problems.add("email: not an e-mail address");
      if (f.get("first_name").isEmpty() || f.get("first_name").length() > 100)
        problems.add("first_name: 1-100 characters");
      if (f.get("last_name").isEmpty() || f.get("last_name").length() > 100)
        problems.add("last_name: 1-100 characters");
      if (profiles.profile(f.get("profile")).isEmpty())
        problems.add("profile: unknown, known: " + profiles.profiles().keySet());
      if (!usernames.add(username)) problems.add("username: repeated in this file");
      if (!subjects.add(subject)) problems.add("subject_id: repeated in this file");
      rows.add(
          new Row(
              line.line(),
              new ProvisioningService.ApplyCommand(
                  subject,
                  username,
                  f.get("email"),
                  f.get("first_name"),
                  f.get("last_name"),
                  f.get("profile")),
              problems));
    }
    return new Report(parsed.columns(), parsed.ignored(), rows);
  }

  /** Records the import and its rows (bad rows FAILED at once) and returns its id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public String start(List<Row> rows, String actor) {
    String id = java.util.UUID.randomUUID().toString();
    int bad = (int) rows.stream().filter(r -> !r.problems().isEmpty()).count();
    db().update(
            "INSERT INTO pv_import (id, state, total, applied, failed, created_by, created_at)"
                + " VALUES (?,?,?,?,?,?,?)",
            id,
            "RUNNING",
            rows.size(),
            0,
            bad,
            actor,
            Timestamp.from(Instant.now()));
    for (Row r : rows) {
      db().update(
              "INSERT INTO pv_import_row (import_id, line, subject_id, username, state, message,"
                  + " email, first_name, last_name, profile) VALUES (?,?,?,?,?,?,?,?,?,?)",
              id,
              r.line(),
              r.command() == null ? null : cut(r.command().subjectId(), 36),
              r.command() == null ? null : cut(r.command().username(), 100),
              r.problems().isEmpty() ? "QUEUED" : "FAILED",
              cut(String.join("; ", r.problems()), 1000),
              r.command() == null ? null : cut(r.command().email(), 254),
              r.command() == null ? null : cut(r.command().firstName(), 100),
              r.command() == null ? null : cut(r.command().lastName(), 100),
              r.command() == null ? null : cut(r.command().profile(), 60));
    }
    audit.record(
        new org.hirewall.spi.AuditEvent(
            "provisioning.import.started",
            "import:" + id,
            List.of("XIAM-05", "XIAM-07"),
            "success",
            rows.size() + " rows, " + bad + " invalid"));
    return id;
  }

  /**
   * Applies the queued rows of an import on this node, {@code import-parallelism} (default 4) at a
   * time; each row's outcome is kept as it finishes. Returns at once.
   */
  public void run(String importId) {
    runner.start(importId);
  }

  /** The rows of an import still to apply, with what to apply. */
  public List<Row> queued(String importId) {
    return db().list(
            "SELECT line, subject_id, username, email, first_name, last_name, profile"
                + " FROM pv_import_row WHERE import_id = ? AND state = 'QUEUED' ORDER BY line",
            rs ->
                new Row(
                    rs.getInt(1),
                    new ProvisioningService.ApplyCommand(
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)),
                    List.of()),
            importId);
  }

  /** Records a row's outcome, once (a resumed row already finished is not counted twice). */
  public void finished(String importId, int line, boolean applied, String message) {
    int changed =
        db().update(
                "UPDATE pv_import_row SET state = ?, message = ? WHERE import_id = ? AND line = ?"
                    + " AND state = 'QUEUED'",
                applied ? "APPLIED" : "FAILED",
                cut(message, 1000),
                importId,
                line);
    if (changed == 1) {
      db().update(
              "UPDATE pv_import SET "
                  + (applied ? "applied = applied + 1" : "failed = failed + 1")
                  + " WHERE id = ?",
              importId);
    }
  }

  /**
   * Claims an import for {@code node} until {@code until}: when it is running and unclaimed, its
   * claim lapsed, or {@code node} holds it already. False when another node works on it.
   */
  public boolean claim(String importId, String node, Instant until) {
    Timestamp now = Timestamp.from(Instant.now());
    return db().update(
                "UPDATE pv_import SET claimed_by = ?, claim_until = ? WHERE id = ?"
                    + " AND state = 'RUNNING' AND (claim_until IS NULL OR claim_until < ?"
                    + " OR claimed_by = ?)",
                node,
                Timestamp.from(until),
                importId,
                now,
                node)
        == 1;
  }

  /** Running imports no node holds (their node stopped): to resume. */
  public List<String> orphaned() {
    return db().list(
            "SELECT id FROM pv_import WHERE state = 'RUNNING'"
                + " AND (claim_until IS NULL OR claim_until < ?)",
            rs -> rs.getString(1),
            Timestamp.from(Instant.now()));
  }

  public String createdBy(String importId) {
    return db().strings("SELECT created_by FROM pv_import WHERE id = ?", importId).get(0);
  }

  /** Gives up this node's claim at once, so the next tick on any node resumes the import. */
  public void release(String importId, String node) {
    db().update(
            "UPDATE pv_import SET claim_until = NULL, claimed_by = NULL WHERE id = ? AND claimed_by = ?",
            importId,
            node);
  }

  public void done(String importId) {
    db().update(
            "UPDATE pv_import SET state = 'DONE', finished_at = ?, claimed_by = NULL,"
                + " claim_until = NULL WHERE id = ?",
            Timestamp.from(Instant.now()),
            importId);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public java.util.Optional<Progress> progress(String id) {
    List<RowState> rows =
        db().list(
                "SELECT line, subject_id, username, state, message FROM pv_import_row WHERE import_id = ?"
                    + " ORDER BY line",
                rs ->
                    new RowState(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)),
                id);
    return db()
        .list(
            "SELECT id, state, total, applied, failed FROM pv_import WHERE id = ?",
            rs ->
                new Progress(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rows),
            id)
        .stream()
        .findFirst();
  }
}
