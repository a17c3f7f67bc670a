package org.hirewall.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plain-JDBC access to the audit tables. Every method works on the caller's connection and never
 * commits: inside the server that connection belongs to the request's JTA transaction, so a change
 * and its audit record commit together; the CLI and the benchmark manage their own transactions.
 */
public final class AuditStore {

  private static final String COLUMNS =
      "seq, occurred_at, actor, actor_role, action, subject, controls, outcome, payload_digest,"
          + " prev_hash, record_hash";

  private final Clock clock;

  public AuditStore(Clock clock) {
    this.clock = clock;
  }

  /**
   * Appends one record after the current head and returns it. The head row is the chain's lock:
   * concurrent appenders queue on it, so the chain stays linear across threads and nodes. The
   * common path moves the head with one compare-and-set update from the head this store last wrote
   * (two statements instead of three); when another node or a rolled-back transaction moved it, the
   * compare fails and the head is read under lock instead.
   */
  public AuditRecord append(Connection c, AuditEntry e) throws SQLException {
    Head expected = lastWritten.get();
    if (expected != null) {
      AuditRecord r = next(expected, e);
      boolean appended =
          isPostgres(c)
              ? moveHeadAndInsert(c, r, expected)
              : moveHead(c, r, expected) && insert(c, r);
      if (appended) {
        lastWritten.set(new Head(r.seq(), r.recordHash()));
        return r;
      }
    }
    Head head = lockHead(c);
    AuditRecord r = next(head, e);
    moveHead(c, r, null);
    insert(c, r);
    lastWritten.set(new Head(r.seq(), r.recordHash()));
    return r;
  }

  private record Head(long seq, String hash) {}

  private final AtomicReference<Head> lastWritten = new AtomicReference<>();

  private AuditRecord next(Head head, AuditEntry e) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AuditRecord unsealed =
        new AuditRecord(
            head.seq() + 1,
            now,
            e.actor(),
            e.actorRole(),
            e.action(),
            e.subject(),
            e.controls(),
            e.outcome(),
            e.payloadDigest(),
            head.hash(),
            null);
    return withHash(unsealed, AuditChain.hashOf(unsealed));
  }

  private static Head lockHead(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("audit_head is missing: the schema was not migrated");
      }
      return new Head(rs.getLong(1), rs.getString(2));
    }
  }

  /** Moves the head to {@code r}; with {@code expected}, only if the head is still there. */
  private static boolean moveHead(Connection c, AuditRecord r, Head expected) throws SQLException {
    String sql = "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1";
    if (expected != null) {
      sql += " AND last_seq = ? AND last_hash = ?";
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, r.seq());
      ps.setString(2, r.recordHash());
      if (expected != null) {
        ps.setLong(3, expected.seq());
        ps.setString(4, expected.hash());
      }
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * PostgreSQL only: the compare-and-set and the insert in one statement (one round trip, which is
   * most of an append's cost). Inserts nothing when the head has moved.
   */
  private static boolean moveHeadAndInsert(Connection c, AuditRecord r, Head expected)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "WITH moved AS (UPDATE audit_head SET last_seq = ?, last_hash = ?"
                + " WHERE id = 1 AND last_seq = ? AND last_hash = ? RETURNING id)"
                + " INSERT INTO audit_record ("
                + COLUMNS
                + ") SELECT ?,?,?,?,?,?,?,?,?,?,? FROM moved")) {
      ps.setLong(1, r.seq());
      ps.setString(2, r.recordHash());
      ps.setLong(3, expected.seq());
      ps.setString(4, expected.hash());
      bindRecord(ps, 5, r);
      return ps.executeUpdate() == 1;
    }
  }

  private static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
  }

  private static boolean insert(Connection c, AuditRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      bindRecord(ps, 1, r);
      return ps.executeUpdate() == 1;
    }
  }

  private static void bindRecord(PreparedStatement ps, int first, AuditRecord r)
      throws SQLException {
    int i = first;
    ps.setLong(i++, r.seq());
    ps.setTimestamp(i++, Timestamp.from(r.occurredAt()));
    ps.setString(i++, r.actor());
    ps.setString(i++, r.actorRole());
    ps.setString(i++, r.action());
    ps.setString(i++, r.subject());
    ps.setString(i++, r.controls());
    ps.setString(i++, r.outcome());
    ps.setString(i++, r.payloadDigest());
    ps.setString(i++, r.prevHash());
    ps.setString(i, r.recordHash());
  }

  /** Records from {@code fromSeq} on, oldest first, at most {@code limit}. */
  public List<AuditRecord> list(Connection c, long fromSeq, int limit) throws SQLException {
    List<AuditRecord> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM audit_record WHERE seq >= ? ORDER BY seq LIMIT ?")) {
      ps.setLong(1, fromSeq);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  /**
   * Signs the current head as a checkpoint unless it is signed already. Returns the checkpointed
   * sequence number, or 0 when there was nothing new to sign.
   */
  public long checkpoint(Connection c, CheckpointSigner signer) throws SQLException {
    long seq;
    String hash;
    // Lock the head like an appender does, so two nodes never sign the same head twice.
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
      hash = rs.getString(2);
    }
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoint");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (rs.getLong(1) >= seq) {
        return 0;
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_checkpoint (seq, record_hash, signed_at, key_id, signature)"
                + " VALUES (?,?,?,?,?)")) {
      ps.setLong(1, seq);
      ps.setString(2, hash);
      ps.setTimestamp(3, Timestamp.from(clock.instant()));
      ps.setString(4, signer.keyId());
      ps.setString(5, signer.sign(seq, hash));
      ps.executeUpdate();
    }
    return seq;
  }

  /** Streams the whole trail through {@link ChainVerifier}; see there for what is checked. */
  public ChainVerification verify(Connection c, CheckpointSigner signer) throws SQLException {
    ChainVerifier verifier = new ChainVerifier(signer, loadCheckpoints(c));
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM audit_record ORDER BY seq")) {
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && verifier.accept(read(rs))) {
          // accept() returns false at the first broken record
        }
      }
    }
    try (PreparedStatement ps =
            c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return verifier.finish(rs.getLong(1), rs.getString(2));
    }
  }

  private static List<ChainVerifier.Checkpoint> loadCheckpoints(Connection c) throws SQLException {
    List<ChainVerifier.Checkpoint> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT seq, record_hash, signature FROM audit_checkpoint ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new ChainVerifier.Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }

  private static AuditRecord read(ResultSet rs) throws SQLException {
    return new AuditRecord(
        rs.getLong(1),
        rs.getTimestamp(2).toInstant(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11));
  }

  private static AuditRecord withHash(AuditRecord r, String hash) {
    return new AuditRecord(
        r.seq(),
        r.occurredAt(),
        r.actor(),
        r.actorRole(),
        r.action(),
        r.subject(),
        r.controls(),
        r.outcome(),
        r.payloadDigest(),
        r.prevHash(),
        hash);
  }
}
