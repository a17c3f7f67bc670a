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
   * Appends one record after the current head. Locks the head row, so concurrent appenders queue
   * and the chain stays linear.
   */
  public AuditRecord append(Connection c, AuditEntry e) throws SQLException {
    long lastSeq;
    String lastHash;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("audit_head is missing: the schema was not migrated");
      }
      lastSeq = rs.getLong(1);
      lastHash = rs.getString(2);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AuditRecord unsealed =
        new AuditRecord(
            lastSeq + 1,
            now,
            e.actor(),
            e.actorRole(),
            e.action(),
            e.subject(),
            e.controls(),
            e.outcome(),
            e.payloadDigest(),
            lastHash,
            null);
    AuditRecord r = withHash(unsealed, AuditChain.hashOf(unsealed));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setLong(1, r.seq());
      ps.setTimestamp(2, Timestamp.from(r.occurredAt()));
      ps.setString(3, r.actor());
      ps.setString(4, r.actorRole());
      ps.setString(5, r.action());
      ps.setString(6, r.subject());
      ps.setString(7, r.controls());
      ps.setString(8, r.outcome());
      ps.setString(9, r.payloadDigest());
      ps.setString(10, r.prevHash());
      ps.setString(11, r.recordHash());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      ps.setLong(1, r.seq());
      ps.setString(2, r.recordHash());
      ps.executeUpdate();
    }
    return r;
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
