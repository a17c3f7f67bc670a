package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes expired grants from Keycloak (XIAM-02, ORG-01d: access is time-boxed). Work is claimed
 * through the database, so when several server nodes run it at once each expiry is processed by
 * exactly one of them; a claim lapses after {@code takeover-seconds} (60) if its node dies halfway.
 */
@ApplicationScoped
public class ExpiryWorker {

  private static final Logger LOG = Logger.getLogger(ExpiryWorker.class.getName());

  /** This node's name in claims and in {@code ended_by}. */
  static final String NODE = org.hirewall.spi.ServerNode.NAME;

  @Inject GrantStore grants;
  @Inject KeycloakMemberships memberships;
  @Inject GrantLedger ledger;

  /**
   * How long a claim lasts, and how long an approval may take before its PENDING grant counts as
   * interrupted ({@code hirewall.plugin.access-provisioning.takeover-seconds}).
   */
  @Inject
  @ConfigProperty(
      name = "hirewall.plugin.access-provisioning.takeover-seconds",
      defaultValue = "60")
  long takeoverSeconds;

  private final Clock clock = Clock.systemUTC();

  /** Processes the grants due now; returns how many this node ended. */
  @Transactional(Transactional.TxType.NEVER)
  public int runOnce() {
    Instant now = clock.instant();
    List<GrantStore.Grant> claimed =
        grants.claimDue(NODE, now, now.plusSeconds(takeoverSeconds), 50);
    int ended = 0;
    for (GrantStore.Grant g : claimed) {
      try {
        GrantStore.Account account = grants.account(g.subjectId()).orElseThrow();
        memberships.revoke(account.keycloakId(), Entitlement.parse(g.entitlement()));
        ended += ledger.expired(g, NODE);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "HIREWALL-1104 expiry of grant " + g.id() + " failed; retried later", e);
      }
    }
    completeStalePending(now);
    return ended;
  }

  /**
   * Completes approved privileged grants whose activation was interrupted (Keycloak or this node
   * failed between approval and activation): the membership is given (idempotent) and the grant
   * becomes ACTIVE with the expiry it was approved with. Grants past that expiry end above instead.
   */
  private void completeStalePending(Instant now) {
    List<GrantStore.Grant> stale =
        grants.claimStalePending(
            NODE, now, now.minusSeconds(takeoverSeconds), now.plusSeconds(takeoverSeconds), 50);
    for (GrantStore.Grant g : stale) {
      try {
        GrantStore.Account account = grants.account(g.subjectId()).orElseThrow();
        memberships.grant(account.keycloakId(), Entitlement.parse(g.entitlement()));
        ledger.activate(g.subjectId(), account.keycloakId(), account.profile(), List.of(g));
        LOG.info(
            "HIREWALL-1107 privileged grant "
                + g.id()
                + " completed after an interrupted approval");
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "HIREWALL-1107 completing grant " + g.id() + " failed; retried later",
            e);
      }
    }
  }
}
