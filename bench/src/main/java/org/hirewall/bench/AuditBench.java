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
 *   <li>{@code audit_append_per_s}: records per second from 8 concurrent writers, each append in
 *       its own committed transaction as a state change in the server does, until every record is
 *       sealed into the chain by a concurrent sealer; median of 3 rounds of 6,000.
 *   <li>{@code audit_append_single_writer_per_s}: the same with one writer (bound by commit
 *       latency).
 *   <li>{@code audit_verify_1m_s}: seconds to verify a 1,000,000-record trail with a signed
 *       checkpoint every 10,000 records. The trail is written in bulk with the same chain rule.
 * </ul>
 */
public final class AuditBench {

  public static void main(String[] args) throws Exception {
    int appends = Integer.getInteger("appends", 6_000);
    int writers = Integer.getInteger("writers", 8);
    int records = Integer.getInteger("records", 1_000_000);
    try (PostgresDatabase db = PostgresDatabase.create()) {
      PGSimpleDataSource ds = coreDataSource(db);
      Path keys = Files.createTempDirectory("hirewall-bench-keys");
      CheckpointSigner signer = CheckpointSigner.loadOrCreate(keys);
      AuditStore store = new AuditStore(Clock.systemUTC());

      try (Connection c = ds.getConnection()) {
        settle(c);
      }
      appendRate(ds, store, 1, 500); // warm-up
      System.out.printf(
          "audit_append_per_s %.0f appends/s%n",
          median(() -> appendRate(ds, store, writers, appends)));
      System.out.printf(
          "audit_append_single_writer_per_s %.0f appends/s%n",
          median(() -> appendRate(ds, store, 1, appends)));

      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        bulkExtend(c, signer, records, Instant.now());
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

  private interface Rate {
    double measure() throws Exception;
  }

  private static double median(Rate rate) throws Exception {
    double[] r = {rate.measure(), rate.measure(), rate.measure()};
    java.util.Arrays.sort(r);
    return r[1];
  }

  /**
   * {@code writers} threads append {@code total} records, each in its own committed transaction,
   * while a sealer links them into the chain; the clock stops when every record is sealed.
   */
  private static double appendRate(PGSimpleDataSource ds, AuditStore store, int writers, int total)
      throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(writers);
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    long start = System.nanoTime();
    java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
    for (int w = 0; w < writers; w++) {
      done.add(
          pool.submit(
              () -> {
                try (Connection c = ds.getConnection()) {
                  c.setAutoCommit(false);
                  for (int i = 0; i < total / writers; i++) {
                    store.append(c, entry(i));
                    c.commit();
                  }
                }
                return null;
              }));
    }
    Thread sealer =
        new Thread(
            () -> {
              try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                while (true) {
                  boolean last = !writing.get();
                  int n = store.seal(c);
                  c.commit();
                  if (n == 0 && last) {
                    return;
                  }
                  if (n == 0) {
                    Thread.sleep(2);
                  }
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    sealer.start();
    for (var f : done) {
      f.get();
    }
    writing.set(false);
    sealer.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return (total / writers * writers) / seconds;
  }

  /** Flushes what earlier runs left in the WAL, so their I/O does not land in this measurement. */
  private static void settle(Connection c) {
    try (var s = c.createStatement()) {
      s.execute("CHECKPOINT");
    } catch (java.sql.SQLException notSuperuser) {
      // measure anyway
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

  /** A data source on {@code db} with the core schema migrated, batched inserts rewritten. */
  static PGSimpleDataSource coreDataSource(PostgresDatabase db) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(db.jdbcUrl() + "?reWriteBatchedInserts=true");
    ds.setUser(db.user());
    ds.setPassword(db.password());
    Migrations.migrate(ds, "core");
    return ds;
  }

  /**
   * Extends the trail from its head to {@code total} records in batches, signing a checkpoint every
   * 10,000; record {@code n} occurred {@code n} milliseconds after {@code start}.
   */
  static void bulkExtend(Connection c, CheckpointSigner signer, int total, Instant start)
      throws Exception {
    long seq;
    String prev;
    try (PreparedStatement h =
            c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
        java.sql.ResultSet rs = h.executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
      prev = rs.getString(2);
    }
    try (PreparedStatement ins = c.prepareStatement(AuditStore.INSERT_SQL);
        PreparedStatement cp =
            c.prepareStatement(
                "INSERT INTO audit_checkpoint (seq, record_hash, signed_at, key_id, signature)"
                    + " VALUES (?,?,?,?,?)")) {
      while (seq < total) {
        seq++;
        AuditEntry e = entry((int) seq);
        Instant t = start.plusMillis(seq).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
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
                    null,
                    null)
                .chainedTo(prev);
        prev = r.recordHash();
        AuditStore.bindRecord(ins, 1, r);
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
