package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hirewall.keycloak.KeycloakRefused;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;
import org.hirewall.spi.RuleViolation;
import org.hirewall.spi.SubjectRef;
import org.hirewall.spi.VettingStatus;

/**
 * Gives a subject exactly the access of a profile, and privileged access only on an approved
 * request. Nothing is granted before vetting says so (ORG-01); every step is idempotent.
 */
@ApplicationScoped
public class ProvisioningService {

  @Inject AccessProfiles profiles;
  @Inject GrantStore grants;
  @Inject RequestStore requests;
  @Inject GrantLedger ledger;
  @Inject WorkforceGateway keycloak;
  @Inject KeycloakMemberships memberships;
  @Inject VettingStatus vetting;
  @Inject AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /**
   * What to do for a new hire; {@code dryRun} in the API shows it and changes nothing. The username
   * is kept lowercase, as Keycloak stores it: {@code Mallory} and {@code mallory} are one account.
   */
  public record ApplyCommand(
      String subjectId,
      String username,
      String email,
      String firstName,
      String lastName,
      String profile) {
    public ApplyCommand {
      username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The change set: each entitlement with what apply would do about it. */
  public record Plan(
      String subjectId,
      String username,
      String profile,
      boolean allowed,
      String refusal,
      boolean userExists,
      List<Change> changes) {}

  public record Change(String action, String entitlement, boolean privileged) {}

  /** Pure: reads Hirewall and Keycloak, changes nothing. */
  public Plan plan(ApplyCommand cmd) {
    AccessProfiles.Profile profile = profile(cmd.profile());
    boolean allowed = vetting.mayReceive(cmd.subjectId(), false);
    boolean exists = keycloak.findUser(cmd.username()).isPresent();
    List<Change> changes = new ArrayList<>();
    if (!exists) {
      changes.add(new Change("create-user-with-mfa", cmd.username(), false));
    }
    memberships
        .plan(new SubjectRef(cmd.subjectId()), profile.name())
        .forEach(c -> changes.add(new Change(c.action(), c.target(), c.privileged())));
    return new Plan(
        cmd.subjectId(),
        cmd.username(),
        profile.name(),
        allowed,
        allowed ? null : "vetting has not passed (ORG-01)",
        exists,
        changes);
  }

  /** Applies the profile. Running it again, or after a crash halfway, ends in the same state. */
  @Transactional(Transactional.TxType.NEVER)
  public List<GrantStore.Grant> apply(ApplyCommand cmd, String actor) {
    AccessProfiles.Profile profile = profile(cmd.profile());
    GrantLedger.Planned planned =
        ledger.plan(cmd.subjectId(), cmd.username(), profile, actor, clock.instant());
    if (planned.refusal() != null) {
      refuse(
          "provisioning.apply.refused",
          cmd.subjectId(),
          planned.refusal(),
          planned.controls().toArray(String[]::new));
    }
    List<GrantStore.Grant> live = planned.live();
    List<Entitlement> entitlements =
        live.stream().map(g -> Entitlement.parse(g.entitlement())).toList();
    List<String> groups =
        entitlements.stream()
            .filter(e -> e.kind() == Entitlement.Kind.GROUP)
            .map(Entitlement::name)
            .toList();
    WorkforceGateway.ProvisionedUser provisioned;
    try {
      provisioned =
          keycloak.provisionUser(
              cmd.username(), cmd.email(), cmd.firstName(), cmd.lastName(), groups);
    } catch (KeycloakRefused refused) {
      // the person asking can fix this: nothing of the attempt stays recorded
      ledger.withdraw(cmd.subjectId(), planned, refused.field(), refused.getMessage());
      throw new RuleViolation(
          refused.status(), refused.getMessage(), refused.field(), List.of("ORG-01"));
    }
    WorkforceGateway.WorkforceUser user = provisioned.user();
    if (!provisioned.created()) {
      keycloak.enableWithMfa(user.id()); // an account left by an earlier, interrupted apply
    }
    try {
      for (Entitlement e : entitlements) {
        boolean joinedAtCreation = provisioned.created() && e.kind() == Entitlement.Kind.GROUP;
        if (!joinedAtCreation) {
          memberships.grant(user.id(), e);
        }
      }
    } catch (KeycloakRefused refused) {
      // the user exists in Keycloak now: the PENDING grants stay for the apply that follows the fix
      throw new RuleViolation(
          refused.status(), refused.getMessage(), refused.field(), List.of("ORG-01"));
    }
    return ledger.activate(cmd.subjectId(), user.id(), profile.name(), live);
  }

  /**
   * Widens a probation account to its full profile, only after a re-verification case (opened after
   * the probation started) passed without open flags (ORG-01, INTV-01).
   */
  @Transactional(Transactional.TxType.NEVER)
  public List<GrantStore.Grant> widen(String subjectId, String actor) {
    GrantStore.Account account =
        grants
            .account(subjectId)
            .filter(a -> a.keycloakId() != null)
            .orElseThrow(() -> RuleViolation.notFound("no provisioned account for " + subjectId));
    grants
        .revokedBy(subjectId)
        .ifPresent(
            run ->
                refuse(
                    "provisioning.widen.refused",
                    subjectId,
                    "access was revoked by revocation run " + run,
                    "RESP-07"));
    AccessProfiles.Profile from = profile(account.profile());
    if (from.widensTo() == null) {
      throw RuleViolation.refused(
          "profile " + from.name() + " is not a probation profile: nothing to widen", "ORG-01");
    }
    Instant probationStart =
        grants.liveGrants(subjectId).stream()
            .filter(g -> g.source().equals("profile:" + from.name()))
            .map(GrantStore.Grant::grantedAt)
            .min(Instant::compareTo)
            .orElse(Instant.EPOCH);
    VettingStatus.Summary s = vetting.summary(subjectId).orElse(null);
    boolean reVerified =
        s != null
            && s.status() == VettingStatus.Status.PASSED
            && s.openFlags().isEmpty()
            && ("RE_VERIFICATION".equals(s.reason()) || "POST_HIRE_KYC".equals(s.reason()))
            && s.openedAt().isAfter(probationStart);
    if (!reVerified) {
      refuse(
          "provisioning.widen.refused",
          subjectId,
          "probation access widens only after a re-verification case, opened after the probation"
              + " started, has passed",
          "ORG-01",
          "INTV-01");
    }
    AccessProfiles.Profile to = profile(from.widensTo());
    List<GrantStore.Grant> added =
        ledger.widen(subjectId, from, to, s.caseId(), actor, clock.instant());
    for (GrantStore.Grant g : added) {
      memberships.grant(account.keycloakId(), Entitlement.parse(g.entitlement()));
    }
    ledger.activate(subjectId, account.keycloakId(), to.name(), added);
    return grants.liveGrants(subjectId);
  }

  // ---- privileged access

  @Transactional
  public RequestStore.Request request(
      String subjectId, String entitlement, int hours, String justification, String actor) {
    AccessProfiles.EntitlementPolicy policy =
        profiles
            .entitlement(entitlement)
            .orElseThrow(
                () ->
                    RuleViolation.invalid(
                        "entitlement", "unknown; known: " + profiles.entitlements().keySet()));
    if (!policy.privileged()) {
      throw RuleViolation.invalid("entitlement", "not privileged: it comes with an access profile");
    }
    if (hours > policy.maxHours()) {
      throw RuleViolation.invalid("hours", "at most " + policy.maxHours() + " for " + entitlement);
    }
    grants
        .account(subjectId)
        .filter(a -> a.keycloakId() != null)
        .orElseThrow(
            () -> RuleViolation.refused("the subject has no provisioned account yet", "ORG-01"));
    RequestStore.Request r =
        new RequestStore.Request(
            UUID.randomUUID().toString(),
            subjectId,
            entitlement,
            hours,
            justification,
            actor,
            clock.instant(),
            "PENDING",
            null,
            null,
            null);
    requests.insert(r);
    audit.record(
        new AuditEvent(
            "provisioning.privileged.requested",
            "request:" + r.id(),
            policy.controls(),
            "success",
            r.toString()));
    return r;
  }

  /**
   * Approves and applies a privileged grant: the approver is a security officer who is neither the
   * requester nor the grantee, and the grantee is vetted at 100 % on the privileged tier.
   */
  @Transactional(Transactional.TxType.NEVER)
  public GrantStore.Grant approve(String requestId, String approver) {
    RequestStore.Request r =
        requests
            .request(requestId)
            .orElseThrow(() -> RuleViolation.notFound("no request " + requestId));
    GrantStore.Account account = grants.account(r.subjectId()).orElseThrow();
    String refusal =
        !"PENDING".equals(r.state())
            ? "the request was decided already"
            : grants.revokedBy(r.subjectId()).isPresent()
                ? "the grantee's access was revoked by a revocation run"
                : approver.equals(r.requestedBy())
                    ? "the requester cannot approve their own request"
                    : approver.equalsIgnoreCase(account.username())
                        ? "the grantee cannot approve their own access"
                        : !vetting.mayReceive(r.subjectId(), true)
                            ? "the grantee is not vetted at 100 % on the privileged tier"
                            : null;
    if (refusal != null) {
      refuse(
          "provisioning.privileged.approval-refused",
          "request:" + requestId,
          refusal,
          "ORG-01",
          "XIAM-01");
    }
    Instant now = clock.instant();
    if (!requests.decide(requestId, "APPROVED", approver, now, "approved")) {
      throw RuleViolation.refused("the request was decided already", "XIAM-01");
    }
    GrantStore.Grant g =
        ledger.privileged(
            r.subjectId(),
            r.entitlement(),
            requestId,
            approver,
            now,
            now.plus(Duration.ofHours(r.hours())));
    memberships.grant(account.keycloakId(), Entitlement.parse(r.entitlement()));
    ledger.activate(r.subjectId(), account.keycloakId(), account.profile(), List.of(g));
    return grants.grant(g.id()).orElseThrow();
  }

  @Transactional
  public RequestStore.Request refuseRequest(String requestId, String reason, String actor) {
    if (!requests.decide(requestId, "REFUSED", actor, clock.instant(), reason)) {
      throw RuleViolation.refused("no pending request " + requestId, "XIAM-01");
    }
    audit.record(
        new AuditEvent(
            "provisioning.privileged.refused",
            "request:" + requestId,
            List.of("ORG-01", "XIAM-01"),
            "refused",
            reason));
    return requests.request(requestId).orElseThrow();
  }

  // ---- shared

  private AccessProfiles.Profile profile(String name) {
    return profiles
        .profile(name)
        .orElseThrow(
            () ->
                RuleViolation.invalid(
                    "profile", "unknown; known: " + profiles.profiles().keySet()));
  }

  private void refuse(String action, String subject, String why, String... controls) {
    audit.record(
        new AuditEvent(
            action,
            subject.contains(":") ? subject : "subject:" + subject,
            List.of(controls),
            "refused",
            why));
    throw RuleViolation.refused(why, controls);
  }
}
