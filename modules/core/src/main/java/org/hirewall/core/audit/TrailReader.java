package org.hirewall.core.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hirewall.spi.AuditReader;
import org.hirewall.spi.Jdbc;

/**
 * The audit trail as the audit API and reports read it ({@link AuditReader}). Reads run on a
 * connection of their own, outside any transaction; range reads page by sequence number, so no read
 * holds more than one page.
 */
@ApplicationScoped
public class TrailReader implements AuditReader {

  private static final String COLUMNS =
      "seq, occurred_at, actor, actor_role, action, subject, controls, outcome, payload_digest,"
          + " record_hash";

  private static final String VERIFY = "HIREWALL-0202 audit verify";
  private static final String LIST = "HIREWALL-0204 audit read";
  private static final String REPORT = "HIREWALL-0206 audit read for a report";

  @Resource(lookup = "java:jboss/datasources/HirewallDS")
  DataSource dataSource;

  @Inject AuditStore store;
  @Inject CheckpointSigner signer;
  @Inject AuditAnchor anchor;
  @Inject AuditSealer sealer;

  /** For CDI. */
  public TrailReader() {}

  /** Outside the server (benchmark): reads only, the caller seals. */
  public TrailReader(DataSource dataSource, AuditStore store, CheckpointSigner signer) {
    this.dataSource = dataSource;
    this.store = store;
    this.signer = signer;
  }

  @Override
  public List<Entry> between(Instant from, Instant to, long afterSeq, long lastSeq, int limit) {
    return read(
        REPORT,
        c ->
            Jdbc.query(
                c,
                "SELECT "
                    + COLUMNS
                    + " FROM audit_record WHERE seq > ? AND seq <= ? AND occurred_at >= ?"
                    + " AND occurred_at < ? ORDER BY seq LIMIT ?",
                TrailReader::entry,
                afterSeq,
                lastSeq,
                Timestamp.from(from),
                Timestamp.from(to),
                limit));
  }

  @Override
  public Span span(Instant from, Instant to) {
    seal();
    return read(
        REPORT,
        c ->
            Jdbc.query(
                    c,
                    "SELECT COUNT(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM audit_record"
                        + " WHERE seq IS NOT NULL AND occurred_at >= ? AND occurred_at < ?",
                    rs -> new Span(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                    Timestamp.from(from),
                    Timestamp.from(to))
                .get(0));
  }

  @Override
  public List<Entry> about(Collection<String> subjects, int limit) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    seal();
    String marks = String.join(",", java.util.Collections.nCopies(subjects.size(), "?"));
    Object[] args = new ArrayList<Object>(subjects).toArray(new Object[subjects.size() + 1]);
    args[subjects.size()] = limit;
    List<Entry> newest =
        read(
            REPORT,
            c ->
                Jdbc.query(
                    c,
                    "SELECT "
                        + COLUMNS
                        + " FROM audit_record WHERE seq IS NOT NULL AND subject IN ("
                        + marks
                        + ") ORDER BY seq DESC LIMIT ?",
                    TrailReader::entry,
                    args));
    List<Entry> oldestFirst = new ArrayList<>(newest);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /**
   * Seals what is pending (when the chain allows it), then checks the whole chain and every signed
   * checkpoint. Must be called outside a transaction.
   */
  public ChainVerification verification() {
    seal();
    return read(
        VERIFY, c -> store.verify(c, signer, anchor == null ? List.of() : anchor.entries()));
  }

  /** Sealed records from {@code fromSeq}, after sealing what is pending. Outside a transaction. */
  public List<AuditRecord> list(long fromSeq, int limit) {
    seal();
    return read(LIST, c -> store.list(c, fromSeq, limit));
  }

  @Override
  public ChainCheck verify() {
    ChainVerification v = verification();
    return new ChainCheck(
        v.intact(),
        v.firstBrokenSeq(),
        v.problem(),
        v.recordsChecked(),
        v.lastSeq(),
        v.checkpointsChecked(),
        v.lastCheckpointSeq(),
        v.pendingRecords());
  }

  @Override
  public List<Checkpoint> checkpoints(long fromSeq, long toSeq, int limit) {
    return read(
        REPORT,
        c ->
            Jdbc.query(
                c,
                "SELECT seq, record_hash, signed_at, key_id, signature FROM audit_checkpoint"
                    + " WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?",
                rs ->
                    new Checkpoint(
                        rs.getLong(1),
                        rs.getString(2),
                        Jdbc.instant(rs, 3),
                        rs.getString(4),
                        rs.getString(5)),
                fromSeq,
                toSeq,
                limit));
  }

  @Override
  public Map<String, Long> recordsPerControl() {
    seal();
    // Grouped by the stored control list, then split: far fewer rows than records.
    Map<String, Long> perControl = new TreeMap<>();
    read(
            REPORT,
            c ->
                Jdbc.query(
                    c,
                    "SELECT controls, COUNT(*) FROM audit_record WHERE seq IS NOT NULL"
                        + " GROUP BY controls",
                    rs -> Map.entry(rs.getString(1), rs.getLong(2))))
        .forEach(
            e ->
                Arrays.stream(e.getKey().split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(id -> perControl.merge(id, e.getValue(), Long::sum)));
    return perControl;
  }

  /**
   * Seals what is pending before a read. A chain that cannot be sealed (tampered with; the audit
   * schedule logs HIREWALL-0205) is still read as it stands: verification says what is wrong, and
   * an auditor needs the extract most exactly then.
   */
  private void seal() {
    if (sealer != null) {
      try {
        sealer.sealPending();
      } catch (IllegalStateException tampered) {
        // read what is sealed
      }
    }
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    String controls = rs.getString(7);
    return new Entry(
        rs.getLong(1),
        Jdbc.instant(rs, 2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        controls.isBlank() ? List.of() : List.of(controls.split(",")),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10));
  }

  private interface Read<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Read<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false); // lets PostgreSQL stream large reads with a cursor
      try {
        return work.run(c);
      } finally {
        c.rollback();
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw org.hirewall.spi.Jdbc.failure(what + " failed", e);
    }
  }
}
