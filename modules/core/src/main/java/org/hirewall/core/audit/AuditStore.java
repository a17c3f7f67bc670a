package org.hirewall.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-JDBC access to the audit tables. Every method works on the caller's connection and never
 * commits: inside the server that connection belongs to a JTA transaction; the CLI and the
 * benchmark manage their own.
 *
 * <p>Writing is split in two so that the trail never serialises the changes it records: {@link
 * #append} inserts a pending record inside the transaction that makes the change (one insert, no
 * lock), and {@link #seal} later links the committed pending records into the chain in batches,
 * under the head lock.
 */
public final class AuditStore {

  private static final String COLUMNS =
      "seq, occurred_at, actor, actor_role, action, subject, controls, outcome, payload_digest,"
          + " prev_hash, record_hash";

  /** The plain insert of one record's eleven columns; {@link #bindRecord} fills it. */
  public static final String INSERT_SQL =
      "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)";

  private static final int SEAL_BATCH = 5_000;

  private final Clock clock;

  public AuditStore(Clock clock) {
    this.clock = clock;
  }

  /** Inserts a pending record (no seq, no hashes yet) and returns its entry id. */
  public long append(Connection c, AuditEntry e) throws SQLException {
    AuditRecord pending =
        new AuditRecord(
            0,
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            e.actor(),
            e.actorRole(),
            e.action(),
            e.subject(),
            e.controls(),
            e.outcome(),
            e.payloadDigest(),
            null,
            null);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_record (occurred_at, actor, actor_role, action, subject, controls,"
                + " outcome, payload_digest) VALUES (?,?,?,?,?,?,?,?)",
            // only the id back: with every column back (RETURN_GENERATED_KEYS), the PostgreSQL
            // driver cannot bound the reply's size and spends a round trip on a Sync first
            new String[] {"id"})) {
      ps.setTimestamp(1, Timestamp.from(pending.occurredAt()));
      ps.setString(2, pending.actor());
      ps.setString(3, pending.actorRole());
      ps.setString(4, pending.action());
      ps.setString(5, pending.subject());
      ps.setString(6, pending.controls());
      ps.setString(7, pending.outcome());
      ps.setString(8, pending.payloadDigest());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * Links up to one batch of committed pending records into the chain, oldest entry first, and
   * returns how many it sealed (0 when none were pending). Call again until it returns 0.
   */
  public int seal(Connection c) throws SQLException {
    Head head = lockHead(c);
    List<Long> ids = new ArrayList<>();
    List<AuditRecord> sealed = new ArrayList<>();
    long seq = head.seq();
    String prev = head.hash();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, occurred_at, actor, actor_role, action, subject, controls, outcome,"
                + " payload_digest FROM audit_record WHERE seq IS NULL ORDER BY id LIMIT "
                + SEAL_BATCH)) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          AuditRecord r =
              new AuditRecord(
                      ++seq,
                      rs.getTimestamp(2).toInstant(),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7),
                      rs.getString(8),
                      rs.getString(9),
                      null,
                      null)
                  .chainedTo(prev);
          prev = r.recordHash();
          ids.add(rs.getLong(1));
          sealed.add(r);
        }
      }
    }
    if (sealed.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE audit_record SET seq = ?, prev_hash = ?, record_hash = ? WHERE id = ?")) {
      for (int i = 0; i < sealed.size(); i++) {
        ps.setLong(1, sealed.get(i).seq());
        ps.setString(2, sealed.get(i).prevHash());
        ps.setString(3, sealed.get(i).recordHash());
        ps.setLong(4, ids.get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      ps.setLong(1, seq);
      ps.setString(2, prev);
      ps.executeUpdate();
    }
    return sealed.size();
  }

  /** Sealed records from {@code fromSeq} on, oldest first, at most {@code limit}. */
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

  /** Records written but not sealed yet. */
  public long pending(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM audit_record WHERE seq IS NULL");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Signs the current head as a checkpoint unless it is signed already. Returns the checkpointed
   * sequence number, or 0 when there was nothing new to sign.
   */
  public long checkpoint(Connection c, CheckpointSigner signer) throws SQLException {
    ChainVerifier.Checkpoint signed = sign(c, signer);
    return signed == null ? 0 : signed.seq();
  }

  /** Signs the head as {@link #checkpoint} does; returns what was signed, or null. */
  public ChainVerifier.Checkpoint sign(Connection c, CheckpointSigner signer) throws SQLException {
    // Lock the head like a sealer does, so two nodes never sign the same head twice.
    Head head = lockHead(c);
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoint");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (rs.getLong(1) >= head.seq()) {
        return null;
      }
    }
    String signature = signer.sign(head.seq(), head.hash());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_checkpoint (seq, record_hash, signed_at, key_id, signature)"
                + " VALUES (?,?,?,?,?)")) {
      ps.setLong(1, head.seq());
      ps.setString(2, head.hash());
      ps.setTimestamp(3, Timestamp.from(clock.instant()));
      ps.setString(4, signer.keyId());
      ps.setString(5, signature);
      ps.executeUpdate();
    }
    return new ChainVerifier.Checkpoint(head.seq(), head.hash(), signature);
  }

  /** Streams the sealed trail through {@link ChainVerifier}; see there for what is checked. */
  public ChainVerification verify(Connection c, CheckpointSigner signer) throws SQLException {
    return verify(c, signer, List.of());
  }

  /**
   * Verifies as above, with the checkpoints of the anchor file ({@link AuditAnchor}) held to the
   * same standard as those in the database: a record they name must be there with their hash, and a
   * checkpoint the anchor has but the database lacks was deleted.
   */
  public ChainVerification verify(
      Connection c, CheckpointSigner signer, List<ChainVerifier.Checkpoint> anchored)
      throws SQLException {
    List<ChainVerifier.Checkpoint> stored = loadCheckpoints(c);
    java.util.Map<Long, ChainVerifier.Checkpoint> merged = new java.util.TreeMap<>();
    stored.forEach(cp -> merged.put(cp.seq(), cp));
    Long deleted = null;
    Long differs = null;
    for (ChainVerifier.Checkpoint a : anchored) {
      ChainVerifier.Checkpoint s = merged.get(a.seq());
      if (s == null) {
        merged.put(a.seq(), a);
        deleted = deleted == null ? a.seq() : Math.min(deleted, a.seq());
      } else if (!s.recordHash().equals(a.recordHash())) {
        differs = differs == null ? a.seq() : Math.min(differs, a.seq());
      }
    }
    ChainVerification v = walk(c, new ChainVerifier(signer, List.copyOf(merged.values())));
    long anchoredSeq = anchored.isEmpty() ? 0 : anchored.get(anchored.size() - 1).seq();
    Long firstBroken = v.firstBrokenSeq();
    String problem = v.problem();
    if (differs != null && (firstBroken == null || differs < firstBroken)) {
      firstBroken = differs;
      problem =
          "the database's checkpoint " + differs + " differs from the anchor file's (rewritten)";
    }
    if (deleted != null && (firstBroken == null || deleted < firstBroken)) {
      firstBroken = deleted;
      problem =
          "signed checkpoint "
              + deleted
              + " is in the anchor file but was deleted from the database";
    } else if (problem != null
        && !anchored.isEmpty()
        && v.firstBrokenSeq() != null
        && v.firstBrokenSeq() <= anchoredSeq) {
      problem = problem + "; the anchor file names records up to " + anchoredSeq;
    }
    return v.withAnchor(firstBroken, problem, anchoredSeq);
  }

  private ChainVerification walk(Connection c, ChainVerifier verifier) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM audit_record WHERE seq IS NOT NULL ORDER BY seq")) {
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
      return rs.next()
          ? verifier.finish(rs.getLong(1), rs.getString(2), pending(c))
          : verifier.finishWithoutHead(pending(c));
    }
  }

  /** Binds a record's eleven columns to {@code ps}, starting at parameter {@code first}. */
  public static void bindRecord(PreparedStatement ps, int first, AuditRecord r)
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

  private record Head(long seq, String hash) {}

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
}
