package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;
import org.hirewall.spi.RuleViolation;
import org.hirewall.spi.VettingStatus;

/**
 * The database side of provisioning, each method one transaction with its audit records. Keycloak
 * is changed between {@link #plan} (grants recorded PENDING) and {@link #activate}, so a crash in
 * between leaves PENDING grants that the next apply completes instead of duplicating.
 */
@ApplicationScoped
public class GrantLedger {

  static final List<String> APPLY_CONTROLS = List.of("ORG-01", "XIAM-02", "XIAM-07", "SUM-04");

  @Inject GrantStore grants;
  @Inject RequestStore requests;
  @Inject AuditLog audit;
  @Inject VettingStatus vetting;

  /**
   * What {@link #plan} decided: the grants the subject should now hold (PENDING ones for Keycloak),
   * or why nothing may be granted ({@code refusal} and its controls; nothing was written).
   */
  public record Planned(
      List<GrantStore.Grant> live,
      String refusal,
      List<String> controls,
      List<String> added,
      boolean newAccount) {
    static Planned refused(String why, String... controls) {
      return new Planned(List.of(), why, List.of(controls), List.of(), false);
    }
  }

  /**
   * The gate and the plan in one transaction, under the subject's account lock: vetting must have
   * passed (ORG-01, HIRE-04) and no revocation run may have ended the account (RESP-07); then the
   * account is recorded (first time) and a PENDING grant for each entitlement not yet held.
   */
  @Transactional
  public Planned plan(
      String subjectId,
      String username,
      AccessProfiles.Profile profile,
      String actor,
      Instant now) {
    if (!vetting.mayReceive(subjectId, false)) {
      return Planned.refused("vetting has not passed", "ORG-01", "HIRE-04");
    }
    GrantStore.LockedAccount own = null;
    boolean usernameTaken = false;
    for (GrantStore.LockedAccount row : grants.lockForApply(subjectId, username)) {
      if (row.account().subjectId().equals(subjectId)) {
        own = row;
      } else {
        usernameTaken = true;
      }
    }
    if (own != null && own.revokedByRun() != null) {
      return Planned.refused(
          "access was revoked by revocation run " + own.revokedByRun() + "; it is not given back",
          "RESP-07");
    }
    List<GrantStore.Grant> live;
    boolean newAccount = own == null;
    if (own == null) {
      if (usernameTaken) {
        throw RuleViolation.invalid("username", "already used by another subject");
      }
      grants.insertAccount(
          new GrantStore.Account(subjectId, username, null, profile.name()), actor, now);
      live = new ArrayList<>(); // a new account holds nothing yet
    } else if (!own.account().username().equalsIgnoreCase(username)) {
      throw RuleViolation.invalid(
          "username", "this subject's account is " + own.account().username());
    } else {
      live = new ArrayList<>(grants.liveGrants(subjectId));
    }
    Set<String> held = live.stream().map(GrantStore.Grant::entitlement).collect(Collectors.toSet());
    Instant expires =
        now.plus(
            java.time.Duration.ofDays(
                profile.probationDays() > 0 ? profile.probationDays() : profile.defaultDays()));
    List<GrantStore.Grant> added = addPending(subjectId, profile, held, actor, now, expires);
    audit.record(
        new AuditEvent(
            "provisioning.apply.planned",
            "subject:" + subjectId,
            APPLY_CONTROLS,
            "success",
            username + "|" + profile.name() + "|" + added));
    live.addAll(added);
    return new Planned(
        live, null, List.of(), added.stream().map(GrantStore.Grant::id).toList(), newAccount);
  }

  /**
   * Takes back what {@link #plan} recorded when Keycloak then refused the change (a duplicate
   * e-mail, a value it will not take): the PENDING grants it added and, if it created the account,
   * the account, so nothing half-recorded remains (the username is free again). Audited as a
   * refusal naming the field.
   */
  @Transactional
  public void withdraw(String subjectId, Planned planned, String field, String why) {
    grants.lock(subjectId);
    grants.deletePending(planned.added());
    if (planned.newAccount()) {
      grants.deleteAccountIfUnused(subjectId);
    }
    audit.record(
        new AuditEvent(
            "provisioning.apply.refused",
            "subject:" + subjectId,
            APPLY_CONTROLS,
            "refused",
            field + ": " + why));
  }

  /**
   * Widens a probation profile to the full one (ORG-01, INTV-01): live grants of the probation
   * profile that the full profile also lists move to it with its expiry; what only the full profile
   * lists is recorded PENDING (returned, for Keycloak); what only probation had keeps its expiry.
   */
  @Transactional
  public List<GrantStore.Grant> widen(
      String subjectId,
      AccessProfiles.Profile from,
      AccessProfiles.Profile to,
      String reVerificationCase,
      String actor,
      Instant now) {
    grants.lock(subjectId);
    Instant expires = now.plus(java.time.Duration.ofDays(to.defaultDays()));
    Set<String> wanted =
        to.entitlements().stream().map(Entitlement::toString).collect(Collectors.toSet());
    Set<String> held = new java.util.HashSet<>();
    for (GrantStore.Grant g : grants.liveGrants(subjectId)) {
      held.add(g.entitlement());
      if (g.source().equals("profile:" + from.name()) && wanted.contains(g.entitlement())) {
        grants.extend(g.id(), "profile:" + to.name(), expires);
      }
    }
    List<GrantStore.Grant> added = addPending(subjectId, to, held, actor, now, expires);
    grants.setProfile(subjectId, to.name());
    audit.record(
        new AuditEvent(
            "provisioning.probation.widened",
            "subject:" + subjectId,
            List.of("ORG-01", "INTV-01", "ida-3.1.1"),
            "success",
            from.name() + "->" + to.name() + "|case:" + reVerificationCase + "|until:" + expires));
    return added;
  }

  /** Records a PENDING grant for each entitlement of {@code profile} not in {@code held}. */
  private List<GrantStore.Grant> addPending(
      String subjectId,
      AccessProfiles.Profile profile,
      Set<String> held,
      String actor,
      Instant now,
      Instant expires) {
    List<GrantStore.Grant> added = new ArrayList<>();
    for (Entitlement e : profile.entitlements()) {
      if (!held.contains(e.toString())) {
        GrantStore.Grant g =
            new GrantStore.Grant(
                UUID.randomUUID().toString(),
                subjectId,
                e.toString(),
                false,
                "profile:" + profile.name(),
                "PENDING",
                actor,
                now,
                expires,
                null,
                null);
        added.add(g);
      }
    }
    grants.insertGrants(added);
    return added;
  }

  /**
   * Marks the subject's PENDING grants ACTIVE once Keycloak holds them; returns the subject's live
   * grants as committed.
   */
  @Transactional
  public List<GrantStore.Grant> activate(
      String subjectId, String keycloakId, String profile, List<GrantStore.Grant> live) {
    grants.setKeycloakId(subjectId, keycloakId, profile);
    List<GrantStore.Grant> pending =
        live.stream().filter(g -> g.state().equals("PENDING")).toList();
    boolean[] activated = grants.activateAll(pending.stream().map(GrantStore.Grant::id).toList());
    for (int i = 0; i < activated.length; i++) {
      GrantStore.Grant g = pending.get(i);
      if (activated[i]) {
        audit.record(
            new AuditEvent(
                "provisioning.grant.applied",
                "grant:" + g.id(),
                APPLY_CONTROLS,
                "success",
                subjectId + "|" + g.entitlement() + "|" + g.expiresAt()));
      }
    }
    return grants.liveGrants(subjectId);
  }

  /** Records a privileged grant approved by a security officer, PENDING until Keycloak holds it. */
  @Transactional
  public GrantStore.Grant privileged(
      String subjectId,
      String entitlement,
      String requestId,
      String approver,
      Instant now,
      Instant expires) {
    GrantStore.Grant g =
        new GrantStore.Grant(
            UUID.randomUUID().toString(),
            subjectId,
            entitlement,
            true,
            "request:" + requestId,
            "PENDING",
            approver,
            now,
            expires,
            null,
            null);
    grants.insertGrants(List.of(g));
    return g;
  }

  /** Ends a claimed expired grant and audits it; 0 when another node ended it first. */
  @Transactional
  public int expired(GrantStore.Grant g, String node) {
    int n = grants.end(g.id(), "EXPIRED", node, Instant.now());
    if (n == 1) {
      audit.record(
          new AuditEvent(
              "provisioning.grant.expired",
              "grant:" + g.id(),
              List.of("XIAM-02", "ORG-01d", "ida-3.1.1"),
              "success",
              g.subjectId() + "|" + g.entitlement() + "|" + node));
    }
    return n;
  }

  /** Records a membership found outside Hirewall (once) and, if it was removed, that too. */
  @Transactional
  public void drift(GrantStore.Account a, String entitlement, boolean reverted) {
    Instant now = Instant.now();
    if (requests.recordDrift(
        new RequestStore.Drift(
            UUID.randomUUID().toString(), a.subjectId(), a.username(), entitlement, now, null))) {
      audit.record(
          new AuditEvent(
              "provisioning.drift.found",
              "subject:" + a.subjectId(),
              DriftReconciler.CONTROLS,
              "flagged",
              a.username() + "|" + entitlement));
    }
    if (reverted) {
      requests.markReverted(a.subjectId(), entitlement, now);
      audit.record(
          new AuditEvent(
              "provisioning.drift.reverted",
              "subject:" + a.subjectId(),
              DriftReconciler.CONTROLS,
              "success",
              a.username() + "|" + entitlement));
    }
  }
}
