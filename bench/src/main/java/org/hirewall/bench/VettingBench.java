package org.hirewall.bench;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hirewall.core.persistence.Migrations;
import org.hirewall.testkit.PostgresDatabase;
import org.hirewall.verification.Identifiers;
import org.hirewall.verification.Subject;
import org.hirewall.verification.SubjectStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code bench/run vetting}: the duplicate-persona check (shared phone, e-mail, account, wallet,
 * address, document, IP, GitHub) for a new subject when 10,000 subjects exist, on PostgreSQL, with
 * the plugin's own store code. Prints the median and 95th percentile over 500 new subjects, each
 * inserted and then checked; one in ten shares a wallet with an existing subject.
 */
public final class VettingBench {

  public static void main(String[] args) throws Exception {
    int existing = Integer.getInteger("subjects", 10_000);
    int probes = Integer.getInteger("probes", 500);
    try (PostgresDatabase db = PostgresDatabase.create()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(db.jdbcUrl());
      pg.setUser(db.user());
      pg.setPassword(db.password());
      Migrations.migrate(pg, "core");
      Migrations.migrate(pg, "identity-verification");
      try (Connection real = pg.getConnection()) {
        SingleConnection ds = new SingleConnection(real);
        SubjectStore store = new SubjectStore(ds, new byte[32]) /* a fixed bench key */;
        real.setAutoCommit(false);
        for (int i = 0; i < existing; i++) {
          insert(store, "existing-" + i, i);
          if (i % 1000 == 999) {
            real.commit();
          }
        }
        real.commit();
        try (var s = real.createStatement()) {
          s.execute("ANALYZE");
        }
        real.commit();

        double[] ms = new double[probes];
        int flagged = 0;
        for (int p = 0; p < probes; p++) {
          // every tenth newcomer reuses the wallet of an existing subject
          String id = insert(store, "new-" + p, p % 10 == 0 ? p : existing + p);
          real.commit();
          long start = System.nanoTime();
          List<SubjectStore.SharedIdentifier> shared = store.sharedIdentifiers(id);
          ms[p] = (System.nanoTime() - start) / 1e6;
          real.commit();
          if (!shared.isEmpty()) {
            flagged++;
          }
        }
        if (flagged != probes / 10) {
          throw new IllegalStateException(
              "expected " + probes / 10 + " duplicates, found " + flagged);
        }
        Arrays.sort(ms);
        System.out.printf("dedupe_existing_subjects %d subjects%n", existing);
        System.out.printf("dedupe_check_ms %.2f ms%n", ms[probes / 2]);
        System.out.printf("dedupe_check_p95_ms %.2f ms%n", ms[(int) (probes * 0.95)]);
      }
    }
  }

  private static final java.util.concurrent.atomic.AtomicLong SERIAL =
      new java.util.concurrent.atomic.AtomicLong(1_000_000_000L);

  /** A subject with eight identifiers; {@code walletSeed} decides its wallet. */
  private static String insert(SubjectStore store, String name, int walletSeed) {
    String id = java.util.UUID.randomUUID().toString();
    long n = SERIAL.incrementAndGet();
    List<Subject.Identifier> ids = new ArrayList<>();
    ids.add(new Subject.Identifier(Identifiers.Kind.PHONE, "+1 " + n));
    ids.add(new Subject.Identifier(Identifiers.Kind.EMAIL, name + "@example.org"));
    ids.add(new Subject.Identifier(Identifiers.Kind.BANK_ACCOUNT, "DE" + n));
    ids.add(new Subject.Identifier(Identifiers.Kind.WALLET, String.format("0x%040x", walletSeed)));
    ids.add(new Subject.Identifier(Identifiers.Kind.SHIPPING_ADDRESS, n + " Main Street"));
    ids.add(new Subject.Identifier(Identifiers.Kind.DOCUMENT_NUMBER, "P" + n));
    ids.add(
        new Subject.Identifier(
            Identifiers.Kind.IP, "10." + (n % 250) + "." + (n / 250 % 250) + ".1"));
    ids.add(new Subject.Identifier(Identifiers.Kind.GITHUB, name));
    store.insertSubject(
        new Subject(
            id,
            "CANDIDATE",
            name,
            "Austin",
            "US",
            "America/Chicago",
            "US",
            "JOB_PORTAL",
            null,
            "PAYROLL",
            null,
            100_000L,
            90_000L,
            120_000L,
            Instant.now(),
            "bench",
            List.of()),
        ids);
    return id;
  }
}
