package org.hirewall.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.hirewall.core.audit.AuditStore;
import org.hirewall.core.audit.CheckpointSigner;
import org.hirewall.core.audit.TrailReader;
import org.hirewall.reports.definitions.AuditExtractReport;
import org.hirewall.reports.render.Renderer;
import org.hirewall.reports.render.Templates;
import org.hirewall.spi.ReportDocument;
import org.hirewall.testkit.PostgresDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code bench/run reports}: the audit-trail extract, rendered by the server's own report code
 * (TrailReader, AuditExtractReport, Renderer) from a 100,000-record trail in PostgreSQL, in a JVM
 * of its own started with {@code -Xmx512m}.
 *
 * <ul>
 *   <li>{@code report_pdf_10k_s}: seconds from the request (parameters checked, chain verified) to
 *       the last byte of the PDF for 10,000 records; median of 5 after 3 warm-ups ({@code
 *       _prepare_s}: of which checking the parameters, verifying the whole chain and counting the
 *       range).
 *   <li>{@code report_pdf_10k_heap_mb}: the most heap in use while it was produced, sampled every 5
 *       ms ({@code _live_mb}: the most that survived a collection, i.e. what it really kept).
 *   <li>{@code report_csv_100k_heap_mb}: the same for a 100,000-row CSV, which is written row by
 *       row from pages of 1,000.
 * </ul>
 */
public final class ReportsBench {

  public static void main(String[] args) throws Exception {
    int records = Integer.getInteger("records", 100_000);
    try (PostgresDatabase db = PostgresDatabase.create()) {
      PGSimpleDataSource ds = AuditBench.coreDataSource(db);
      Path work = Files.createTempDirectory("hirewall-bench-reports");
      CheckpointSigner signer = CheckpointSigner.loadOrCreate(work.resolve("keys"));
      Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        AuditBench.bulkExtend(c, signer, records, start);
        c.commit();
        // what autovacuum does soon after a bulk load; without statistics PostgreSQL plans the
        // page query as if the table were empty
        c.createStatement().execute("ANALYZE audit_record");
        c.commit();
      }
      // the server reads through a connection pool; one reused connection stands in for it here
      // (a new PostgreSQL connection per page of rows would cost more than reading the page)
      Connection pooled = ds.getConnection();
      AuditExtractReport report =
          new AuditExtractReport(
              new TrailReader(
                  new SingleConnection(pooled), new AuditStore(Clock.systemUTC()), signer));
      Renderer renderer = new Renderer(new Templates(), work);
      Path out = work.resolve("out");

      // 10,000 records: [start + 1 ms, start + 10,001 ms)
      Map<String, String> tenK =
          Map.of("from", start.plusMillis(1).toString(), "to", start.plusMillis(10_001).toString());
      Map<String, String> all =
          Map.of("from", start.toString(), "to", start.plusMillis(records + 1L).toString());

      for (int i = 0; i < 3; i++) {
        produce(report, renderer, tenK, "pdf", out); // warm-up: templates, JIT
      }
      double[] seconds = new double[5];
      Measured pdf = null;
      for (int i = 0; i < seconds.length; i++) {
        pdf = produce(report, renderer, tenK, "pdf", out);
        seconds[i] = pdf.seconds;
      }
      java.util.Arrays.sort(seconds);
      System.out.printf("report_pdf_10k_rows %d rows%n", pdf.rows);
      System.out.printf("report_pdf_10k_pages_kb %d kB%n", Files.size(out) / 1024);
      System.out.printf("report_pdf_10k_s %.2f s%n", seconds[seconds.length / 2]);
      System.out.printf("report_pdf_10k_prepare_s %.2f s%n", pdf.prepareSeconds);
      System.out.printf("report_pdf_10k_heap_mb %.0f MB%n", pdf.heapMb);
      System.out.printf("report_pdf_10k_heap_live_mb %.0f MB%n", pdf.liveMb);

      Measured csv = produce(report, renderer, all, "csv", out);
      System.out.printf("report_csv_100k_rows %d rows%n", csv.rows);
      System.out.printf("report_csv_100k_s %.2f s%n", csv.seconds);
      System.out.printf("report_csv_100k_heap_mb %.0f MB%n", csv.heapMb);
      System.out.printf("report_csv_100k_heap_live_mb %.0f MB%n", csv.liveMb);
      pooled.close();
    }
  }

  /** {@code prepareSeconds}: parameters checked, chain verified, range counted (before rows). */
  record Measured(double seconds, double prepareSeconds, long rows, double heapMb, double liveMb) {}

  private static Measured produce(
      AuditExtractReport report,
      Renderer renderer,
      Map<String, String> params,
      String format,
      Path out)
      throws Exception {
    System.gc();
    HeapWatch watch = new HeapWatch();
    AtomicLong rows = new AtomicLong();
    long t0 = System.nanoTime();
    long prepared;
    try {
      ReportDocument doc = report.produce(params);
      prepared = System.nanoTime();
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
        renderer.write(
            doc, format, new Renderer.Context("audit-extract", report.layouts(), "bench", rows), o);
      }
    } finally {
      watch.stop();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Measured(seconds, (prepared - t0) / 1e9, rows.get(), watch.peakMb(), watch.liveMb());
  }

  /** Samples heap in use every 5 ms and records what each collection left alive. */
  static final class HeapWatch {
    private final Thread sampler;
    private final javax.management.NotificationListener listener;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long live;

    HeapWatch() {
      peak = used();
      listener =
          (n, h) -> {
            if (n.getType()
                .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
              GarbageCollectionNotificationInfo info =
                  GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
              long after =
                  info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                      .mapToLong(MemoryUsage::getUsed)
                      .sum();
              long before =
                  info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                      .mapToLong(MemoryUsage::getUsed)
                      .sum();
              synchronized (this) {
                live = Math.max(live, after);
                peak = Math.max(peak, before);
              }
            }
          };
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
      }
      sampler =
          new Thread(
              () -> {
                while (running) {
                  long u = used();
                  synchronized (this) {
                    peak = Math.max(peak, u);
                  }
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
      sampler.start();
    }

    void stop() throws Exception {
      running = false;
      sampler.join();
      long u = used();
      synchronized (this) {
        peak = Math.max(peak, u);
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).removeNotificationListener(listener);
      }
    }

    double peakMb() {
      return peak / 1048576.0;
    }

    /** What survived the collections during the work (the heap after the last one if none ran). */
    double liveMb() {
      return (live == 0 ? used() : live) / 1048576.0;
    }

    private static long used() {
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
  }
}
