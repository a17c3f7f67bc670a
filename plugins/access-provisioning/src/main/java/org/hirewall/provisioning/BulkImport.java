package org.hirewall.provisioning;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;

/**
 * Bulk onboarding from an HR CSV export (README: columns {@code subject_id, username, email,
 * first_name, last_name, profile}). {@link #validate} reports every bad row without changing
 * anything; {@link #start} applies the good rows in the background, one at a time, so one bad row
 * never aborts or corrupts the others; progress is in {@code pv_import}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkImport {

  static final String HEADER = "subject_id,username,email,first_name,last_name,profile";
  private static final Pattern UUID = Pattern.compile("[0-9a-f-]{36}");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Resource(lookup = Jdbc.DATASOURCE)
  DataSource dataSource;

  @Inject AccessProfiles profiles;
  @Inject ProvisioningService provisioning;
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

  /** Parses and validates every row; changes nothing. */
  public List<Row> validate(String csv) {
    List<Row> rows = new ArrayList<>();
    String[] lines = csv.strip().split("\r?\n");
    if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase(HEADER)) {
      rows.add(new Row(1, null, List.of("the first line must be the header: " + HEADER)));
      return rows;
    }
    Set<String> usernames = new HashSet<>();
    Set<String> subjects = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split(",", -1);
      List<String> problems = new ArrayList<>();
      if (f.length != 6) {
        rows.add(new Row(i + 1, null, List.of("expected 6 fields, found " + f.length)));
        continue;
      }
      for (int k = 0; k < 6; k++) {
        f[k] = f[k].strip();
      }
      if (!UUID.matcher(f[0]).matches()) problems.add("subject_id: not a subject id");
      if (!USERNAME.matcher(f[1]).matches()) problems.add("username: 3-60 of a-z 0-9 . _ -");
      if (!EMAIL.matcher(f[2]).matches()) problems.add("email: not an e-mail address");
      if (f[3].isEmpty()) problems.add("first_name: empty");
      if (f[4].isEmpty()) problems.add("last_name: empty");
      if (profiles.profile(f[5]).isEmpty())
        problems.add("profile: unknown, known: " + profiles.profiles().keySet());
      if (!usernames.add(f[1])) problems.add("username: repeated in this file");
      if (!subjects.add(f[0])) problems.add("subject_id: repeated in this file");
      rows.add(
          new Row(
              i + 1,
              new ProvisioningService.ApplyCommand(f[0], f[1], f[2], f[3], f[4], f[5]),
              problems));
    }
    return rows;
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
              "INSERT INTO pv_import_row (import_id, line, subject_id, username, state, message)"
                  + " VALUES (?,?,?,?,?,?)",
              id,
              r.line(),
              r.command() == null ? null : r.command().subjectId(),
              r.command() == null ? null : r.command().username(),
              r.problems().isEmpty() ? "QUEUED" : "FAILED",
              String.join("; ", r.problems()));
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

  /** Applies the queued rows of an import, one by one; each row's outcome is kept. */
  @Asynchronous
  public void run(String importId, List<Row> rows, String actor) {
    for (Row r : rows) {
      if (!r.problems().isEmpty()) {
        continue;
      }
      String state = "APPLIED";
      String message = null;
      try {
        provisioning.apply(r.command(), actor);
      } catch (RuntimeException e) {
        state = "FAILED";
        message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
      db().update(
              "UPDATE pv_import_row SET state = ?, message = ? WHERE import_id = ? AND line = ?",
              state,
              message,
              importId,
              r.line());
      db().update(
              "UPDATE pv_import SET "
                  + (state.equals("APPLIED") ? "applied = applied + 1" : "failed = failed + 1")
                  + " WHERE id = ?",
              importId);
    }
    db().update(
            "UPDATE pv_import SET state = 'DONE', finished_at = ? WHERE id = ?",
            Timestamp.from(Instant.now()),
            importId);
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
