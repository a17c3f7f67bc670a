package org.hirewall.revocation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hirewall.revocation.Fingerprints;
import org.hirewall.revocation.RevocationRuns;
import org.hirewall.revocation.RunStore;
import org.hirewall.spi.Roles;

/**
 * Revocation: security officers contain (covertly, now) and offboard; IT admins schedule
 * offboardings; auditors read runs and their sealed evidence.
 */
@Path("/api/revocation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RevocationResource {

  private static final String ID = "[0-9a-f-]{36}";
  private static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@+-]{2,254}";

  @Inject RevocationRuns runs;
  @Context SecurityContext security;

  /** A workforce-realm user, and the vetted subject behind it when known. */
  public record TargetBody(
      @NotNull @Pattern(regexp = USERNAME, message = "a workforce username (3-255 characters)")
          String username,
      @Pattern(regexp = ID, message = "a subject id") String subjectId) {}

  public record ContainmentBody(
      @NotEmpty @Size(max = 500) List<@Valid @NotNull TargetBody> targets,
      @NotBlank @Size(min = 5, max = 2000) String reason,
      @Min(0) @Max(60) Integer waitSeconds) {}

  public record OffboardingBody(
      @NotEmpty @Size(max = 500) List<@Valid @NotNull TargetBody> targets,
      @NotBlank @Size(min = 5, max = 2000) String reason,
      @NotNull Instant at) {}

  public record TaskBody(
      @Size(max = 200) String owner, @Size(max = 2000) String note, boolean done) {}

  /**
   * Contains one user or many now, covertly (RESP-02, RESP-07): waits up to {@code waitSeconds}
   * (default 10) and answers 200 when every run has finished, else 202 with the batch to poll.
   */
  @POST
  @Path("/containments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SECURITY_OFFICER)
  public Response contain(@Valid @NotNull ContainmentBody body) {
    RevocationRuns.Batch batch =
        runs.start(
            RunStore.Kind.CONTAINMENT,
            targets(body.targets()),
            body.reason(),
            null,
            Duration.ofSeconds(body.waitSeconds() == null ? 10 : body.waitSeconds()),
            actor());
    URI location = URI.create("/api/revocation/batches/" + batch.batchId());
    return (batch.inProgress() == 0 ? Response.ok() : Response.accepted())
        .location(location)
        .entity(batch)
        .build();
  }

  /** Schedules an offboarding at {@code at}, the person's last moment (ida-3.1.1: within 24 h). */
  @POST
  @Path("/offboardings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER})
  public Response offboard(@Valid @NotNull OffboardingBody body) {
    RevocationRuns.Batch batch =
        runs.start(
            RunStore.Kind.OFFBOARDING,
            targets(body.targets()),
            body.reason(),
            body.at(),
            Duration.ZERO,
            actor());
    return Response.created(URI.create("/api/revocation/batches/" + batch.batchId()))
        .entity(batch)
        .build();
  }

  @GET
  @Path("/batches/{id}")
  @RolesAllowed({Roles.SECURITY_OFFICER, Roles.IT_ADMIN, Roles.AUDITOR})
  public RevocationRuns.Batch batch(
      @PathParam("id") @Pattern(regexp = ID, message = "a batch id") String id) {
    return runs.batch(id);
  }

  @GET
  @Path("/runs")
  @RolesAllowed({Roles.SECURITY_OFFICER, Roles.IT_ADMIN, Roles.AUDITOR})
  public List<RunStore.Run> list(
      @QueryParam("username") @Pattern(regexp = USERNAME, message = "a workforce username")
          String username,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    return runs.recent(username, limit);
  }

  @GET
  @Path("/runs/{id}")
  @RolesAllowed({Roles.SECURITY_OFFICER, Roles.IT_ADMIN, Roles.AUDITOR})
  public RevocationRuns.RunDetails run(
      @PathParam("id") @Pattern(regexp = ID, message = "a run id") String id) {
    return runs.details(id);
  }

  /** The sealed evidence snapshot, byte for byte as hashed; its SHA-256 in a header. */
  @GET
  @Path("/runs/{id}/snapshot")
  @RolesAllowed({Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public Response snapshot(@PathParam("id") @Pattern(regexp = ID, message = "a run id") String id) {
    String json = runs.snapshot(id);
    return Response.ok(json, MediaType.APPLICATION_JSON)
        .header("X-Hirewall-SHA256", Fingerprints.sha256(json))
        .build();
  }

  @PUT
  @Path("/runs/{id}/checklist/{control}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SECURITY_OFFICER)
  public RunStore.Task task(
      @PathParam("id") @Pattern(regexp = ID, message = "a run id") String id,
      @PathParam("control") @Pattern(regexp = "RESP-[0-9]{2}", message = "a RESP-xx control")
          String control,
      @Valid @NotNull TaskBody body) {
    return runs.updateTask(id, control, body.owner(), body.note(), body.done(), actor());
  }

  /** Cancels a scheduled offboarding that has not started (409 once it has). */
  @DELETE
  @Path("/runs/{id}")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER})
  public Response cancel(@PathParam("id") @Pattern(regexp = ID, message = "a run id") String id) {
    runs.cancel(id, actor());
    return Response.noContent().build();
  }

  private static List<RevocationRuns.Target> targets(List<TargetBody> body) {
    return body.stream().map(t -> new RevocationRuns.Target(t.username(), t.subjectId())).toList();
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }
}
