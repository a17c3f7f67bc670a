package org.hirewall.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.hirewall.core.audit.AuditChain;
import org.hirewall.core.audit.AuditEntry;
import org.hirewall.core.audit.AuditRecord;
import org.hirewall.core.audit.AuditStore;
import org.hirewall.core.audit.ChainVerification;
import org.hirewall.core.audit.CheckpointSigner;
import org.hirewall.core.persistence.Migrations;
import org.hirewall.testkit.PostgresDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code bench/run audit}: the audit trail on PostgreSQL, with the server's own code (AuditStore).
 *
 * <ul>
 *   <li>{@code audit_append_per_s}: appends per second, each in its own committed transaction, as a
 *       state change in the server does (head row lock, insert, head update, commit).
 *   <li>{@code audit_verify_1m_s}: seconds to verify a 1,000,000-record trail with a signed
 *       checkpoint every 10,000 records. The trail is written in bulk with the same chain rule.
 * </ul>
 */
public final class AuditBench {

  public static void main(String[] args) throws Exception {
    int appends = Integer.getInteger("appends", 5_000);
    int records = Integer.getInteger("records", 1_000_000);
    try (PostgresDatabase db = PostgresDatabase.create()) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(db.jdbcUrl() + "?reWriteBatchedInserts=true");
      ds.setUser(db.user());
      ds.setPassword(db.password());
      Migrations.migrate(ds, "core");
      Path keys = Files.createTempDirectory("hirewall-bench-keys");
      CheckpointSigner signer = CheckpointSigner.loadOrCreate(keys);
      AuditStore store = new AuditStore(Clock.systemUTC());

      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        for (int i = 0; i < 200; i++) { // warm-up
          store.append(c, entry(i));
          c.commit();
        }
        long start = System.nanoTime();
        for (int i = 0; i < appends; i++) {
          store.append(c, entry(i));
          c.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("audit_append_per_s %.0f appends/s%n", appends / seconds);
      }

      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        bulkExtend(c, store, signer, records);
        c.commit();
        store.verify(c, signer); // warm-up: JIT and the table in the page cache
        c.rollback();
        long start = System.nanoTime();
        ChainVerification v = store.verify(c, signer);
        double seconds = (System.nanoTime() - start) / 1e9;
        c.rollback();
        if (!v.intact()) {
          throw new IllegalStateException("benchmark trail did not verify: " + v);
        }
        System.out.printf("audit_verify_records %d records%n", v.recordsChecked());
        System.out.printf("audit_verify_1m_s %.2f s%n", seconds * 1_000_000 / v.recordsChecked());
      }
    }
  }

  private static AuditEntry entry(int i) {
    return new AuditEntry(
        "it-admin",
        "it-admin",
        "bench.append",
        "subject-" + (i % 500),
        "ORG-01,XIAM-02",
        "success",
        AuditChain.sha256Hex("payload " + i));
  }

  /** Extends the trail to {@code total} records in batches, signing a checkpoint every 10,000. */
  private static void bulkExtend(Connection c, AuditStore store, CheckpointSigner signer, int total)
      throws Exception {
    AuditRecord last =
        store.list(c, 1, Integer.MAX_VALUE).stream().reduce((a, b) -> b).orElseThrow();
    long seq = last.seq();
    String prev = last.recordHash();
    Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    try (PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO audit_record (seq, occurred_at, actor, actor_role, action, subject,"
                    + " controls, outcome, payload_digest, prev_hash, record_hash)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement cp =
            c.prepareStatement(
                "INSERT INTO audit_checkpoint (seq, record_hash, signed_at, key_id, signature)"
                    + " VALUES (?,?,?,?,?)")) {
      while (seq < total) {
        seq++;
        AuditEntry e = entry((int) seq);
        AuditRecord r =
            new AuditRecord(
                seq,
                t,
                e.actor(),
                e.actorRole(),
                e.action(),
                e.subject(),
                e.controls(),
                e.outcome(),
                e.payloadDigest(),
                prev,
                null);
        prev = AuditChain.hashOf(r);
        ins.setLong(1, seq);
        ins.setTimestamp(2, Timestamp.from(t));
        ins.setString(3, r.actor());
        ins.setString(4, r.actorRole());
        ins.setString(5, r.action());
        ins.setString(6, r.subject());
        ins.setString(7, r.controls());
        ins.setString(8, r.outcome());
        ins.setString(9, r.payloadDigest());
        ins.setString(10, r.prevHash());
        ins.setString(11, prev);
        ins.addBatch();
        if (seq % 10_000 == 0) {
          ins.executeBatch();
          cp.setLong(1, seq);
          cp.setString(2, prev);
          cp.setTimestamp(3, Timestamp.from(t));
          cp.setString(4, signer.keyId());
          cp.setString(5, signer.sign(seq, prev));
          cp.executeUpdate();
        }
      }
      ins.executeBatch();
    }
    try (PreparedStatement head =
        c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      head.setLong(1, seq);
      head.setString(2, prev);
      head.executeUpdate();
    }
  }
}
