package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.PluginStore;

/**
 * Red flags raised by the consistency checks and cleared by security officers. Plain JDBC; every
 * method joins the caller's transaction.
 */
@ApplicationScoped
public class FlagStore extends PluginStore {

  /** For CDI. */
  public FlagStore() {
    super("HIREWALL-1002 vetting store");
  }

  /** Outside the server (tests, benchmarks): the same queries on a given data source. */
  public FlagStore(DataSource dataSource) {
    super("HIREWALL-1002 vetting store", dataSource);
  }

  // ---- red flags

  public record FlagRow(
      String id,
      String subjectId,
      String rule,
      String controls,
      String summary,
      String evidence,
      Instant raisedAt,
      String clearedBy,
      Instant clearedAt,
      String justification) {
    public boolean open() {
      return clearedAt == null;
    }
  }

  /** Inserts the flag unless the same rule already flagged the subject for the same evidence. */
  public boolean raiseFlag(FlagRow f, String evidenceKey) {
    return db().run(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO iv_flag (id, subject_id, rule, evidence_key, controls, summary,"
                          + " evidence, raised_at) SELECT ?,?,?,?,?,?,?,? WHERE NOT EXISTS"
                          + " (SELECT 1 FROM iv_flag WHERE subject_id = ? AND rule = ?"
                          + " AND evidence_key = ?)")) {
                ps.setString(1, f.id());
                ps.setString(2, f.subjectId());
                ps.setString(3, f.rule());
                ps.setString(4, evidenceKey);
                ps.setString(5, f.controls());
                ps.setString(6, f.summary());
                ps.setString(7, f.evidence());
                ps.setTimestamp(8, Timestamp.from(f.raisedAt()));
                ps.setString(9, f.subjectId());
                ps.setString(10, f.rule());
                ps.setString(11, evidenceKey);
                return ps.executeUpdate() == 1;
              }
            });
  }

  private static final String FLAG_COLUMNS =
      "SELECT id, subject_id, rule, controls, summary, evidence, raised_at, cleared_by,"
          + " cleared_at, justification FROM iv_flag";

  public List<FlagRow> flags(String subjectId) {
    return flagQuery(FLAG_COLUMNS + " WHERE subject_id = ? ORDER BY raised_at, id", subjectId);
  }

  /** Red flags not cleared yet, oldest first: the security officer's queue. */
  public List<FlagRow> openFlags(int limit) {
    return db().list(
            FLAG_COLUMNS + " WHERE cleared_at IS NULL ORDER BY raised_at, id LIMIT ?",
            FlagStore::row,
            limit);
  }

  /** How many open red flags each of {@code subjectIds} has; absent when none (one query). */
  public java.util.Map<String, Integer> openFlagCounts(List<String> subjectIds) {
    return IdList.byId(
        db(),
        "SELECT subject_id, COUNT(*) FROM iv_flag WHERE cleared_at IS NULL"
            + " AND subject_id IN ({ids}) GROUP BY subject_id",
        subjectIds,
        rs -> rs.getInt(2));
  }

  /** How many red flags are open. */
  public long openFlagCount() {
    return db().list("SELECT COUNT(*) FROM iv_flag WHERE cleared_at IS NULL", rs -> rs.getLong(1))
        .get(0);
  }

  public Optional<FlagRow> flag(String id) {
    return flagQuery(FLAG_COLUMNS + " WHERE id = ?", id).stream().findFirst();
  }

  public boolean clearFlag(String id, String by, Instant at, String justification) {
    return db().update(
                "UPDATE iv_flag SET cleared_by = ?, cleared_at = ?, justification = ?"
                    + " WHERE id = ? AND cleared_at IS NULL",
                by,
                Timestamp.from(at),
                justification,
                id)
        == 1;
  }

  private List<FlagRow> flagQuery(String sql, String arg) {
    return db().list(sql, FlagStore::row, arg);
  }

  private static FlagRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new FlagRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        Jdbc.instant(rs, 7),
        rs.getString(8),
        Jdbc.instant(rs, 9),
        rs.getString(10));
  }
}
