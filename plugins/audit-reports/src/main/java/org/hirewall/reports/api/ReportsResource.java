package org.hirewall.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hirewall.reports.ReportCatalog;
import org.hirewall.reports.ReportJobs;
import org.hirewall.reports.ReportLedger;
import org.hirewall.spi.ReportDocument;
import org.hirewall.spi.Roles;
import org.hirewall.spi.RuleViolation;

/**
 * Reports for auditors and security officers: list the types, download one (waiting up to {@code
 * wait} seconds, else 202 with a job to poll), follow a job's progress, and check whether a file
 * someone hands back is one Hirewall produced. Nothing here changes business data; each request and
 * each produced file is audited.
 */
@Path("/api/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  private static final String JOB = "[0-9a-f-]{36}";
  private static final String REPORT = "[a-z0-9][a-z0-9-]{0,119}";

  @Inject ReportCatalog catalog;
  @Inject ReportJobs jobs;
  @Inject ReportLedger ledger;
  @Context SecurityContext security;
  @Context UriInfo uri;

  public record ReportType(
      String id,
      String title,
      String description,
      String plugin,
      Set<String> formats,
      List<ReportDocument.Parameter> parameters,
      List<String> controls,
      String download) {}

  public record JobView(
      String id,
      String report,
      String format,
      Map<String, String> parameters,
      String state,
      long rows,
      long expectedRows,
      Integer percent,
      String sha256,
      Long bytes,
      String requestedBy,
      Instant requestedAt,
      Instant finishedAt,
      String error,
      String download) {}

  public record Verification(
      boolean genuine,
      String sha256,
      String detail,
      String report,
      String format,
      Map<String, Object> parameters,
      String requestedBy,
      Instant requestedAt,
      Instant generatedAt,
      Long rows,
      Long bytes,
      List<Production> productions) {}

  /** One production of a file: the same bytes may have been produced more than once. */
  public record Production(
      String jobId, String requestedBy, Instant requestedAt, Instant generatedAt) {}

  /** The report types of every deployed plugin, with their parameters and formats. */
  @GET
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public List<ReportType> list() {
    return catalog.all().stream()
        .map(
            e ->
                new ReportType(
                    e.id(),
                    e.definition().title(),
                    e.definition().description(),
                    e.plugin(),
                    e.definition().formats(),
                    e.definition().parameters(),
                    e.controls(),
                    "/api/reports/" + e.id() + "/{format}"))
        .toList();
  }

  /**
   * Produces a report and returns the file when it is ready within {@code wait} seconds (default
   * 30); otherwise 202 with the job (Location) to poll. The report's own parameters are query
   * parameters.
   */
  @GET
  @Path("/{report}/{format}")
  @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public Response download(
      @PathParam("report") @Pattern(regexp = REPORT, message = "a report id") String report,
      @PathParam("format") String format,
      @QueryParam("wait") @DefaultValue("30") @Min(0) @Max(300) int wait) {
    ReportJobs.Job job = jobs.submit(report, format, parameters(), caller());
    try {
      job.done().get(wait, TimeUnit.SECONDS);
    } catch (TimeoutException stillRunning) {
      return accepted(job);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return accepted(job);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
    return file(job);
  }

  /** Starts a report and answers 202 at once with the job to poll (for long reports). */
  @POST
  @Path("/{report}/{format}")
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public Response start(
      @PathParam("report") @Pattern(regexp = REPORT, message = "a report id") String report,
      @PathParam("format") String format) {
    return accepted(jobs.submit(report, format, parameters(), caller()));
  }

  /** A job's state and progress; only the person who asked for it sees it. */
  @GET
  @Path("/jobs/{job}")
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public JobView job(@PathParam("job") @Pattern(regexp = JOB, message = "a job id") String id) {
    return view(own(id));
  }

  /** The file of a finished job (409 while it is still being produced). */
  @GET
  @Path("/jobs/{job}/file")
  @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public Response jobFile(
      @PathParam("job") @Pattern(regexp = JOB, message = "a job id") String id) {
    ReportJobs.Job job = own(id);
    if (!job.done().isDone()) {
      throw RuleViolation.refused(
          "the report is still being produced; poll /api/reports/jobs/" + id);
    }
    return file(job);
  }

  /** Is the file with this SHA-256 one Hirewall produced, for whom and when? */
  @GET
  @Path("/verify")
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public Verification verify(
      @QueryParam("sha256")
          @NotNull(message = "the SHA-256 of the file, 64 hex digits")
          @Pattern(regexp = "[0-9a-fA-F]{64}", message = "the SHA-256 of the file, 64 hex digits")
          String sha256) {
    return verification(sha256.toLowerCase());
  }

  /** The same check for the file itself, sent as the request body. */
  @POST
  @Path("/verify")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public Verification verifyFile(InputStream body) throws IOException {
    if (body == null) {
      throw RuleViolation.invalid("body", "send the report file as the request body");
    }
    MessageDigest sha = sha256();
    try (DigestInputStream in = new DigestInputStream(body, sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return verification(HexFormat.of().formatHex(sha.digest()));
  }

  private Verification verification(String sha256) {
    List<ReportLedger.Produced> all = ledger.find(sha256);
    if (all.isEmpty()) {
      return new Verification(
          false,
          sha256,
          "Hirewall never produced a file with this SHA-256: it was changed, or it is not"
              + " a Hirewall report",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          List.of());
    }
    ReportLedger.Produced p = all.get(0);
    String more =
        all.size() == 1 ? "" : " (and " + (all.size() - 1) + " more time(s), the same bytes)";
    return new Verification(
        true,
        sha256,
        "produced by Hirewall for " + p.requestedBy() + " at " + p.generatedAt() + more,
        p.report(),
        p.format(),
        p.parameters(),
        p.requestedBy(),
        p.requestedAt(),
        p.generatedAt(),
        p.rows(),
        p.bytes(),
        all.stream()
            .map(x -> new Production(x.jobId(), x.requestedBy(), x.requestedAt(), x.generatedAt()))
            .toList());
  }

  private Map<String, String> parameters() {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    Map<String, String> out = new LinkedHashMap<>();
    query.forEach(
        (name, values) -> {
          if (name.equals("wait")) {
            return;
          }
          if (values.size() > 1) {
            throw RuleViolation.invalid(name, "given more than once");
          }
          out.put(name, values.get(0));
        });
    return out;
  }

  private ReportJobs.Job own(String id) {
    return jobs.job(id)
        .filter(j -> j.requestedBy().equals(caller()))
        .orElseThrow(
            () ->
                RuleViolation.notFound(
                    "no report job " + id + " of yours on this node (jobs are kept an hour)"));
  }

  private Response accepted(ReportJobs.Job job) {
    return Response.accepted(view(job))
        .location(URI.create("/api/reports/jobs/" + job.id()))
        .build();
  }

  private Response file(ReportJobs.Job job) {
    if (!"DONE".equals(job.state())) {
      throw new RuleViolation(
          500, "report " + job.id() + " failed: " + job.error(), null, List.of());
    }
    StreamingOutput body = out -> Files.copy(job.file(), out);
    String name =
        "hirewall-"
            + job.report()
            + "-"
            + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC)
                .format(job.finishedAt())
            + "."
            + job.format();
    return Response.ok(body, ReportJobs.MEDIA_TYPES.get(job.format()))
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Content-Length", job.bytes())
        .header("X-Hirewall-Report-Sha256", job.sha256())
        .header(
            "Repr-Digest",
            "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(job.sha256()))
                + ":")
        .header("X-Hirewall-Report-Job", job.id())
        .build();
  }

  private static JobView view(ReportJobs.Job j) {
    return new JobView(
        j.id(),
        j.report(),
        j.format(),
        j.parameters(),
        j.state(),
        j.rows(),
        j.expectedRows(),
        j.percent(),
        j.sha256(),
        j.sha256() == null ? null : j.bytes(),
        j.requestedBy(),
        j.requestedAt(),
        j.finishedAt(),
        j.error(),
        "DONE".equals(j.state()) ? "/api/reports/jobs/" + j.id() + "/file" : null);
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
