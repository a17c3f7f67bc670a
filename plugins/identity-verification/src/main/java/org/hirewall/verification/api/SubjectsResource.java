package org.hirewall.verification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hirewall.spi.Roles;
import org.hirewall.spi.RuleViolation;
import org.hirewall.verification.CaseView;
import org.hirewall.verification.Identifiers;
import org.hirewall.verification.Subject;
import org.hirewall.verification.SubjectStore;
import org.hirewall.verification.VettingOverview;
import org.hirewall.verification.VettingService;

/** Subjects to vet: IT admins create them (which opens their first case); everyone reads. */
@Path("/api/vetting/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectsResource {

  @Inject VettingService service;
  @Inject SubjectStore subjects;
  @Inject VettingOverview overview;
  @Context SecurityContext security;

  /** A subject as people read it: identifiers masked, the newest case with its status. */
  public record SubjectView(
      String id,
      String kind,
      String legalName,
      String claimedCity,
      String claimedCountry,
      String timeZone,
      String documentCountry,
      String sourcingChannel,
      String referrerId,
      String payoutMethod,
      Long offeredSalary,
      Long marketBandMin,
      Long marketBandMax,
      Instant createdAt,
      String createdBy,
      List<Subject.Profile> profiles,
      List<String> identifiers,
      Optional<CaseView> latestCase) {}

  @POST
  @RolesAllowed(Roles.IT_ADMIN)
  public Response create(@Valid @NotNull NewSubjectRequest body) {
    String id = UUID.randomUUID().toString();
    Subject subject =
        new Subject(
            id,
            body.kind().name(),
            body.legalName().trim(),
            body.claimedCity(),
            body.claimedCountry(),
            body.timeZone(),
            body.documentCountry(),
            body.sourcingChannel().name(),
            body.referrerId(),
            body.payoutMethod().name(),
            body.payoutHolder(),
            body.offeredSalary(),
            body.marketBandMin(),
            body.marketBandMax(),
            Instant.now(),
            security.getUserPrincipal().getName(),
            body.profiles() == null
                ? List.of()
                : body.profiles().stream()
                    .map(
                        p ->
                            new Subject.Profile(
                                p.platform(), p.handle(), p.displayName(), p.email()))
                    .toList());
    CaseView created =
        service.createSubject(
            subject, identifiers(body), body.tier(), security.getUserPrincipal().getName());
    return Response.created(URI.create("/api/vetting/subjects/" + id)).entity(created).build();
  }

  /** Subjects whose legal name contains {@code q} (any case), newest first, with their status. */
  @GET
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public List<VettingOverview.SubjectLine> list(
      @QueryParam("q") @Size(max = 200) String q,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return overview.subjects(q == null ? null : q.trim(), limit);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public SubjectView get(
      @PathParam("id") @Pattern(regexp = "[0-9a-f-]{36}", message = "a subject id") String id) {
    Subject s = subjects.subject(id).orElseThrow(() -> RuleViolation.notFound("no subject " + id));
    return new SubjectView(
        s.id(),
        s.kind(),
        s.legalName(),
        s.claimedCity(),
        s.claimedCountry(),
        s.timeZone(),
        s.documentCountry(),
        s.sourcingChannel(),
        s.referrerId(),
        s.payoutMethod(),
        s.offeredSalary(),
        s.marketBandMin(),
        s.marketBandMax(),
        s.createdAt(),
        s.createdBy(),
        s.profiles(),
        subjects.identifiers(id).stream().map(x -> x[0] + " " + x[1]).toList(),
        service.latestCase(id));
  }

  /**
   * Opens a new case for an existing subject: re-verification (INTV-01), post-hire KYC (RESP-09).
   */
  @POST
  @Path("/{id}/cases")
  @RolesAllowed(Roles.IT_ADMIN)
  public Response openCase(
      @PathParam("id") @Pattern(regexp = "[0-9a-f-]{36}", message = "a subject id") String id,
      @Valid @NotNull OpenCaseRequest body) {
    CaseView opened =
        service.openCase(
            id, body.tier(), body.reason().name(), security.getUserPrincipal().getName());
    return Response.created(URI.create("/api/vetting/cases/" + opened.caseId()))
        .entity(opened)
        .build();
  }

  private static List<Subject.Identifier> identifiers(NewSubjectRequest b) {
    List<Subject.Identifier> out = new ArrayList<>();
    b.phones().forEach(v -> out.add(new Subject.Identifier(Identifiers.Kind.PHONE, v)));
    b.emails().forEach(v -> out.add(new Subject.Identifier(Identifiers.Kind.EMAIL, v)));
    add(out, Identifiers.Kind.BANK_ACCOUNT, b.bankAccount());
    add(out, Identifiers.Kind.WALLET, b.wallet());
    add(out, Identifiers.Kind.SHIPPING_ADDRESS, b.shippingAddress());
    add(out, Identifiers.Kind.DOCUMENT_NUMBER, b.documentNumber());
    if (b.ipAddresses() != null) {
      b.ipAddresses().forEach(v -> out.add(new Subject.Identifier(Identifiers.Kind.IP, v)));
    }
    if (b.githubAccounts() != null) {
      b.githubAccounts().forEach(v -> out.add(new Subject.Identifier(Identifiers.Kind.GITHUB, v)));
    }
    return out;
  }

  private static void add(List<Subject.Identifier> out, Identifiers.Kind kind, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new Subject.Identifier(kind, value));
    }
  }
}
