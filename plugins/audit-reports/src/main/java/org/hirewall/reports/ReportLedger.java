package org.hirewall.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.PluginStore;

/**
 * The record of every report Hirewall produced: its SHA-256 with who asked, the parameters and
 * when, in {@code rp_production} and in the audit trail (ir-2.1.4, XFOR-01), in one transaction.
 */
@ApplicationScoped
public class ReportLedger extends PluginStore {

  static final List<String> CONTROLS = List.of("ir-2.1.4", "XFOR-01");
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  @Inject AuditLog audit;

  public ReportLedger() {
    super("HIREWALL-1303 report ledger");
  }

  public ReportLedger(DataSource dataSource) {
    super("HIREWALL-1303 report ledger", dataSource);
  }

  /** A produced report as the verify endpoint tells it. */
  public record Produced(
      String sha256,
      String jobId,
      String report,
      String format,
      Map<String, Object> parameters,
      String requestedBy,
      Instant requestedAt,
      Instant generatedAt,
      long rows,
      long bytes) {}

  /** Audits a request before any work starts (the caller is known here). */
  @Transactional
  public long requested(ReportJobs.Job job) {
    return audit.record(
        new AuditEvent(
            "report.requested", job.report(), CONTROLS, "success", json(describe(job, null))));
  }

  /** Records a finished report and audits it with its hash. */
  @Transactional
  public long generated(ReportJobs.Job job) {
    db().update(
            "INSERT INTO rp_production (sha256, job_id, report_id, format, parameters, requested_by,"
                + " requested_at, generated_at, row_count, size_bytes) VALUES (?,?,?,?,?,?,?,?,?,?)",
            job.sha256(),
            job.id(),
            job.report(),
            job.format(),
            json(new TreeMap<>(job.parameters())),
            job.requestedBy(),
            Timestamp.from(job.requestedAt()),
            Timestamp.from(job.finishedAt()),
            job.rows(),
            job.bytes());
    return audit.record(
        new AuditEvent(
            "report.generated",
            job.report(),
            CONTROLS,
            "success",
            json(describe(job, job.sha256()))));
  }

  /** Audits a report that could not be produced. */
  @Transactional
  public void failed(ReportJobs.Job job) {
    audit.record(
        new AuditEvent(
            "report.failed", job.report(), CONTROLS, "failed", json(describe(job, null))));
  }

  /** Every production of the file with this SHA-256, the first first (identical files share it). */
  public List<Produced> find(String sha256) {
    return db().list(
            "SELECT sha256, job_id, report_id, format, parameters, requested_by, requested_at,"
                + " generated_at, row_count, size_bytes FROM rp_production WHERE sha256 = ?"
                + " ORDER BY generated_at, job_id",
            rs ->
                new Produced(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    parse(rs.getString(5)),
                    rs.getString(6),
                    Jdbc.instant(rs, 7),
                    Jdbc.instant(rs, 8),
                    rs.getLong(9),
                    rs.getLong(10)),
            sha256);
  }

  private static Map<String, Object> describe(ReportJobs.Job job, String sha256) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("job", job.id());
    m.put("report", job.report());
    m.put("format", job.format());
    m.put("parameters", new TreeMap<>(job.parameters()));
    m.put("requestedBy", job.requestedBy());
    if (sha256 != null) {
      m.put("sha256", sha256);
      m.put("bytes", job.bytes());
      m.put("rows", job.rows());
    }
    return m;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    try {
      return JSON.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }
}
