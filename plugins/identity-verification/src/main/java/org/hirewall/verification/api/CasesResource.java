package org.hirewall.verification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.Collectors;
import org.hirewall.spi.Roles;
import org.hirewall.verification.CaseStore;
import org.hirewall.verification.CaseView;
import org.hirewall.verification.VettingService;

/**
 * A vetting case: checks recorded by people, liveness challenges, evidence, two-person sign-off. IT
 * admins (and security officers) record; only security officers sign off; auditors read.
 */
@Path("/api/vetting/cases/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  private static final String CASE_ID = "[0-9a-f-]{36}";

  @Inject VettingService service;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public CaseView get(
      @PathParam("id") @Pattern(regexp = CASE_ID, message = "a case id") String id) {
    return service.caseView(id);
  }

  @POST
  @Path("/checks")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER})
  public Response record(
      @PathParam("id") @Pattern(regexp = CASE_ID, message = "a case id") String id,
      @Valid @NotNull RecordCheckRequest body) {
    String findings =
        body.findings() == null
            ? null
            : body.findings().stream()
                .map(f -> f.control() + ": " + f.observation())
                .collect(Collectors.joining("\n"));
    CaseStore.CheckRow row =
        service.recordCheck(
            id,
            body.checkType(),
            body.outcome().name(),
            body.reason(),
            body.notes(),
            findings,
            body.challengeId(),
            actor());
    return Response.status(201).entity(row).build();
  }

  /** Issues a one-time liveness challenge for this case (LIVE-01..03). */
  @POST
  @Path("/liveness-challenges")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER})
  public Response challenge(
      @PathParam("id") @Pattern(regexp = CASE_ID, message = "a case id") String id) {
    return Response.status(201).entity(service.issueChallenge(id, actor())).build();
  }

  /**
   * Uploads one evidence file as the raw request body (PNG, JPEG or PDF, at most 10 MiB). It is
   * stored encrypted; only its SHA-256 goes into the audit trail.
   */
  @POST
  @Path("/evidence")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER})
  public Response evidence(
      @PathParam("id") @Pattern(regexp = CASE_ID, message = "a case id") String id,
      @QueryParam("fileName")
          @NotBlank
          @Size(max = 200)
          @Pattern(regexp = "[^/\\\\]+", message = "a file name without a path")
          String fileName,
      @HeaderParam("Content-Type") String contentType,
      java.io.InputStream body)
      throws java.io.IOException {
    // read at most one byte more than allowed: a larger body is refused without buffering it
    byte[] content;
    try {
      content =
          body == null ? new byte[0] : body.readNBytes((int) VettingService.MAX_EVIDENCE_BYTES + 1);
    } catch (java.io.IOException tooBig) {
      content = null; // the container stopped reading: over its own limit
    }
    if (content == null || content.length > VettingService.MAX_EVIDENCE_BYTES) {
      throw new org.hirewall.spi.RuleViolation(
          413, "evidence files are at most 10 MiB", "file", List.of());
    }
    String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
    return Response.status(201)
        .entity(service.addEvidence(id, fileName, type, content, actor()))
        .build();
  }

  /** Passes the case when the two-person rule and the policy allow it (ORG-01, XIAM-01). */
  @POST
  @Path("/sign-off")
  @RolesAllowed(Roles.SECURITY_OFFICER)
  public CaseView signOff(
      @PathParam("id") @Pattern(regexp = CASE_ID, message = "a case id") String id) {
    return service.signOff(id, actor());
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }
}
