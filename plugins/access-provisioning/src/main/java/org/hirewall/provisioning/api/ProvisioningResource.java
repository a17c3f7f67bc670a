package org.hirewall.provisioning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.hirewall.provisioning.AccessProfiles;
import org.hirewall.provisioning.BulkImport;
import org.hirewall.provisioning.DriftReconciler;
import org.hirewall.provisioning.GrantOverview;
import org.hirewall.provisioning.GrantStore;
import org.hirewall.provisioning.ProvisioningService;
import org.hirewall.provisioning.RequestStore;
import org.hirewall.spi.Roles;
import org.hirewall.spi.RuleViolation;

/**
 * Least-privilege provisioning: IT admins plan and apply access profiles and request privileged
 * access; security officers approve or refuse requests and reconcile drift; auditors read.
 */
@Path("/api/provisioning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningResource {

  private static final String ID = "[0-9a-f-]{36}";

  @Inject ProvisioningService service;
  @Inject AccessProfiles profiles;
  @Inject GrantStore grants;
  @Inject RequestStore requests;
  @Inject GrantOverview overview;
  @Inject DriftReconciler drift;
  @Inject BulkImport imports;
  @Context SecurityContext security;

  /** A new hire's account and profile. */
  public record ApplyRequest(
      @NotNull @Pattern(regexp = ID, message = "a subject id") String subjectId,
      @NotNull
          @Pattern(
              regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,59}",
              message = "3-60 of a-z 0-9 . _ - (kept lowercase, as Keycloak does)")
          String username,
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @NotBlank @Size(max = 60) String profile) {

    ProvisioningService.ApplyCommand command() {
      return new ProvisioningService.ApplyCommand(
          subjectId, username, email, firstName, lastName, profile);
    }
  }

  public record PrivilegedRequest(
      @NotNull @Pattern(regexp = ID, message = "a subject id") String subjectId,
      @NotBlank @Size(max = 120) String entitlement,
      @Min(1) @Max(72) int hours,
      @NotBlank @Size(min = 10, max = 2000) String justification) {}

  public record Decision(@NotBlank @Size(min = 10, max = 2000) String reason) {}

  @GET
  @Path("/profiles")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public Map<String, Object> profiles() {
    return Map.of("profiles", profiles.profiles(), "entitlements", profiles.entitlements());
  }

  /** The exact change set for a subject; changes nothing (dry run). */
  @POST
  @Path("/plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER})
  public ProvisioningService.Plan plan(@Valid @NotNull ApplyRequest body) {
    return service.plan(body.command());
  }

  @POST
  @Path("/apply")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.IT_ADMIN)
  public List<GrantStore.Grant> apply(@Valid @NotNull ApplyRequest body) {
    return service.apply(body.command(), actor());
  }

  @GET
  @Path("/subjects/{subjectId}/grants")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public List<GrantStore.Grant> grants(
      @PathParam("subjectId") @Pattern(regexp = ID, message = "a subject id") String subjectId) {
    return grants.allGrants(subjectId);
  }

  /** Widens a probation account to its full profile after a passed re-verification. */
  @POST
  @Path("/subjects/{subjectId}/widen")
  @RolesAllowed(Roles.IT_ADMIN)
  public List<GrantStore.Grant> widen(
      @PathParam("subjectId") @Pattern(regexp = ID, message = "a subject id") String subjectId) {
    return service.widen(subjectId, actor());
  }

  /** The newest privileged requests, those waiting for a decision first. */
  @GET
  @Path("/requests")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public List<RequestStore.Request> requests(
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    return requests.recent(limit);
  }

  /** Live grants by entitlement and risk, those ending within a week, pending requests. */
  @GET
  @Path("/summary")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public GrantOverview.Summary summary() {
    java.time.Instant now = java.time.Instant.now();
    return overview.summary(now, now.plus(java.time.Duration.ofDays(7)), 50);
  }

  @POST
  @Path("/requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER})
  public Response request(@Valid @NotNull PrivilegedRequest body) {
    RequestStore.Request r =
        service.request(
            body.subjectId(), body.entitlement(), body.hours(), body.justification(), actor());
    return Response.created(URI.create("/api/provisioning/requests/" + r.id())).entity(r).build();
  }

  @GET
  @Path("/requests/{id}")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public RequestStore.Request getRequest(
      @PathParam("id") @Pattern(regexp = ID, message = "a request id") String id) {
    return requests.request(id).orElseThrow(() -> RuleViolation.notFound("no request " + id));
  }

  @POST
  @Path("/requests/{id}/approve")
  @RolesAllowed(Roles.SECURITY_OFFICER)
  public GrantStore.Grant approve(
      @PathParam("id") @Pattern(regexp = ID, message = "a request id") String id) {
    return service.approve(id, actor());
  }

  @POST
  @Path("/requests/{id}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SECURITY_OFFICER)
  public RequestStore.Request refuse(
      @PathParam("id") @Pattern(regexp = ID, message = "a request id") String id,
      @Valid @NotNull Decision body) {
    return service.refuseRequest(id, body.reason(), actor());
  }

  /** Compares Keycloak with Hirewall's grants; reports (and, if configured, reverts) drift. */
  @POST
  @Path("/reconcile")
  @RolesAllowed(Roles.SECURITY_OFFICER)
  public List<DriftReconciler.Finding> reconcile() {
    return drift.reconcile();
  }

  @GET
  @Path("/drift")
  @RolesAllowed({Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public List<RequestStore.Drift> driftFound() {
    return requests.drift();
  }

  /** Realm settings that contradict the guidance. */
  @GET
  @Path("/posture")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public Map<String, List<String>> posture() {
    return Map.of("findings", drift.posture());
  }

  /**
   * Bulk onboarding from a CSV body. {@code dryRun=true} answers the validation report and changes
   * nothing; otherwise the good rows are applied in the background (202, progress at Location). The
   * body is read as CSV text whatever its declared type ({@code text/csv} by convention).
   */
  @POST
  @Path("/imports")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.IT_ADMIN)
  public Response importCsv(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, String csv) {
    BulkImport.Report report = imports.validate(csv == null ? "" : csv);
    if (dryRun) {
      return Response.ok(report).build();
    }
    String id = imports.start(report.rows(), actor());
    imports.run(id);
    return Response.accepted(imports.progress(id).orElseThrow())
        .location(URI.create("/api/provisioning/imports/" + id))
        .build();
  }

  @GET
  @Path("/imports/{id}")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public BulkImport.Progress progress(
      @PathParam("id") @Pattern(regexp = ID, message = "an import id") String id) {
    return imports.progress(id).orElseThrow(() -> RuleViolation.notFound("no import " + id));
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }
}
