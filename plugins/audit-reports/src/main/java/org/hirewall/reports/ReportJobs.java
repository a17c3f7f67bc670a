package org.hirewall.reports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hirewall.reports.render.Renderer;
import org.hirewall.reports.render.Templates;
import org.hirewall.spi.PrivateFiles;
import org.hirewall.spi.ReportDefinition;
import org.hirewall.spi.ReportDocument;
import org.hirewall.spi.RuleViolation;

/**
 * Produces reports in the background, a few at a time: the parameters are checked and the request
 * audited while the caller waits; the file is then written to this node's report directory through
 * a SHA-256 digest, recorded with its hash, and kept for download for {@code retention-minutes}.
 * Progress is the number of rows written so far against the rows expected.
 */
@ApplicationScoped
public class ReportJobs {

  private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

  public static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "pdf", "application/pdf",
          "csv", "text/csv; charset=utf-8",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  @Inject ReportCatalog catalog;
  @Inject ReportLedger ledger;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.audit-reports.dir")
  Optional<String> configuredDir;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.audit-reports.concurrency", defaultValue = "2")
  int concurrency;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.audit-reports.queue", defaultValue = "20")
  int queue;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.audit-reports.retention-minutes", defaultValue = "60")
  long retentionMinutes;

  private final Templates templates = new Templates();
  private final Clock clock = Clock.systemUTC();
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private ThreadPoolExecutor pool;
  private Path dir;
  private Renderer renderer;

  /** One report being produced or produced, on this node. */
  public static final class Job {
    private final String id;
    private final String report;
    private final String format;
    private final Map<String, String> parameters;
    private final String requestedBy;
    private final Instant requestedAt;
    private final long expectedRows;
    private final Path file;
    private final AtomicLong rows = new AtomicLong();
    private final CompletableFuture<Job> done = new CompletableFuture<>();
    private volatile String state = "RUNNING";
    private volatile String sha256;
    private volatile long bytes;
    private volatile Instant finishedAt;
    private volatile String error;

    Job(
        String report,
        String format,
        Map<String, String> parameters,
        String requestedBy,
        Instant requestedAt,
        long expectedRows,
        Path dir) {
      this.id = UUID.randomUUID().toString();
      this.report = report;
      this.format = format;
      this.parameters = Map.copyOf(parameters);
      this.requestedBy = requestedBy;
      this.requestedAt = requestedAt;
      this.expectedRows = expectedRows;
      this.file = dir.resolve(id + "." + format);
    }

    public String id() {
      return id;
    }

    public String report() {
      return report;
    }

    public String format() {
      return format;
    }

    public Map<String, String> parameters() {
      return parameters;
    }

    public String requestedBy() {
      return requestedBy;
    }

    public Instant requestedAt() {
      return requestedAt;
    }

    public String state() {
      return state;
    }

    public long rows() {
      return rows.get();
    }

    public long expectedRows() {
      return expectedRows;
    }

    public String sha256() {
      return sha256;
    }

    public long bytes() {
      return bytes;
    }

    public Instant finishedAt() {
      return finishedAt;
    }

    public String error() {
      return error;
    }

    public Path file() {
      return file;
    }

    public CompletableFuture<Job> done() {
      return done;
    }

    /** Percent of the expected rows written, or null when the total is unknown. */
    public Integer percent() {
      if ("DONE".equals(state)) {
        return 100;
      }
      return expectedRows <= 0 ? null : (int) Math.min(99, 100 * rows.get() / expectedRows);
    }
  }

  @PostConstruct
  void start() {
    dir =
        configuredDir
            .map(Path::of)
            .orElse(Path.of(System.getProperty("java.io.tmpdir"), "hirewall-reports"));
    try {
      // owner-only, and emptied: jobs live in memory, so a file left by an earlier start is past
      // any download and would outlive its retention
      PrivateFiles.directory(dir);
      int stale = PrivateFiles.purge(dir);
      if (stale > 0) {
        LOG.info("HIREWALL-1308 removed " + stale + " report file(s) left by an earlier start");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("HIREWALL-1304 cannot create the report directory " + dir, e);
    }
    renderer = new Renderer(templates, dir);
    pool =
        new ThreadPoolExecutor(
            concurrency,
            concurrency,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            threads);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** Compiles every report's templates in the background right after start-up. */
  void compileAtStartup(@Observes Startup startup) {
    pool.execute(
        () -> {
          long t0 = System.nanoTime();
          try {
            templates.master();
            catalog
                .all()
                .forEach(e -> e.definition().layouts().forEach(l -> templates.table(e.id(), l)));
            templates.table("hirewall", Templates.FACTS);
            LOG.info(
                "HIREWALL-1305 report templates compiled: "
                    + templates.compilations()
                    + " in "
                    + Duration.ofNanos(System.nanoTime() - t0).toMillis()
                    + " ms");
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "HIREWALL-1301 report templates failed to compile", e);
          }
        });
  }

  /**
   * Checks the request, audits it and starts producing the file. Bad parameters are refused here,
   * before anything is written.
   */
  public Job submit(String reportId, String format, Map<String, String> params, String requester) {
    ReportCatalog.Entry entry = catalog.get(reportId);
    ReportDefinition def = entry.definition();
    if (!def.formats().contains(format)) {
      throw RuleViolation.invalid(
          "format", "'" + format + "' is not a format of this report; it has " + def.formats());
    }
    Map<String, String> checked = checkParameters(def, params);
    ReportDocument doc = def.produce(checked);
    long expected =
        doc.sections().stream()
            .filter(s -> !"csv".equals(format) || s.layout().equals(doc.dataSection()))
            .mapToLong(ReportDocument.Section::expectedRows)
            .reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
    forgetExpired();
    Job job = new Job(reportId, format, checked, requester, clock.instant(), expected, dir);
    ledger.requested(job);
    jobs.put(job.id(), job);
    try {
      pool.execute(() -> produce(job, entry, doc));
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id());
      throw new RuleViolation(
          429, "too many reports are being produced; try again in a minute", null, List.of());
    }
    return job;
  }

  /** Jobs waiting for a worker and jobs being produced on this node, for {@code /metrics}. */
  public long[] queuedAndRunning() {
    return new long[] {pool.getQueue().size(), pool.getActiveCount()};
  }

  public Optional<Job> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  private void produce(Job job, ReportCatalog.Entry entry, ReportDocument doc) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (OutputStream out =
          new DigestOutputStream(
              new BufferedOutputStream(PrivateFiles.create(job.file), 1 << 16), sha)) {
        renderer.write(
            doc,
            job.format,
            new Renderer.Context(
                entry.id(),
                entry.definition().layouts(),
                "Hirewall · " + entry.definition().title() + " · job " + job.id,
                job.rows),
            out);
      }
      job.bytes = Files.size(job.file);
      job.sha256 = HexFormat.of().formatHex(sha.digest());
      job.finishedAt = clock.instant();
      ledger.generated(job);
      job.state = "DONE";
      LOG.info(
          "HIREWALL-1306 report "
              + job.report
              + "."
              + job.format
              + " produced: "
              + job.rows()
              + " rows, "
              + job.bytes
              + " bytes, sha256 "
              + job.sha256
              + ", in "
              + Duration.between(job.requestedAt, job.finishedAt).toMillis()
              + " ms");
    } catch (RuntimeException | IOException | NoSuchAlgorithmException | Error e) {
      // the cause stays in the log: its message can carry SQL or file paths
      String incident = java.util.UUID.randomUUID().toString();
      job.error = "the report could not be produced (incident " + incident + " in the server log)";
      job.finishedAt = clock.instant();
      job.state = "FAILED";
      deleteQuietly(job.file);
      LOG.log(
          Level.WARNING, "HIREWALL-1307 report " + job.report + " failed, incident " + incident, e);
      try {
        ledger.failed(job);
      } catch (RuntimeException auditFailed) {
        LOG.log(Level.WARNING, "HIREWALL-1307 could not audit the failure", auditFailed);
      }
    } finally {
      job.done.complete(job);
    }
  }

  private static Map<String, String> checkParameters(
      ReportDefinition def, Map<String, String> params) {
    Map<String, String> out = new TreeMap<>();
    List<String> known = def.parameters().stream().map(ReportDocument.Parameter::name).toList();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!known.contains(e.getKey())) {
        throw RuleViolation.invalid(
            e.getKey(),
            "unknown parameter; this report takes " + (known.isEmpty() ? "none" : known));
      }
      if (e.getValue() != null && e.getValue().length() > 200) {
        throw RuleViolation.invalid(e.getKey(), "at most 200 characters");
      }
      if (e.getValue() != null && !e.getValue().isBlank()) {
        out.put(e.getKey(), e.getValue().strip());
      }
    }
    for (ReportDocument.Parameter p : def.parameters()) {
      if (p.required() && !out.containsKey(p.name())) {
        throw RuleViolation.invalid(p.name(), "required: " + p.description());
      }
    }
    return out;
  }

  private void forgetExpired() {
    Instant cutoff = clock.instant().minus(Duration.ofMinutes(retentionMinutes));
    jobs.values().stream()
        .filter(j -> j.finishedAt != null && j.finishedAt.isBefore(cutoff))
        .toList()
        .forEach(
            j -> {
              jobs.remove(j.id);
              deleteQuietly(j.file);
            });
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover temporary file; the directory is this node's scratch space
    }
  }
}
