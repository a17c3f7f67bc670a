package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hirewall.keycloak.WorkforceGateway;

/**
 * Compares each managed user's Keycloak memberships with Hirewall's grants and reports what was
 * granted outside Hirewall (EMPL-11, POST-06: someone added to an admin group directly in
 * Keycloak); with {@code revert-drift} it also removes it. Also checks the realm's posture.
 */
@ApplicationScoped
public class DriftReconciler {

  static final List<String> CONTROLS = List.of("EMPL-11", "POST-06", "XIAM-04", "ORG-04");

  @Inject GrantStore grants;
  @Inject KeycloakMemberships memberships;
  @Inject GrantLedger ledger;
  @Inject AccessProfiles profiles;
  @Inject WorkforceGateway keycloak;

  /** One membership Hirewall did not grant, and whether it was removed. */
  public record Finding(String subjectId, String username, String entitlement, boolean reverted) {}

  @Transactional(Transactional.TxType.NEVER)
  public List<Finding> reconcile() {
    List<Finding> found = new ArrayList<>();
    boolean revert = profiles.revertDrift();
    for (GrantStore.Account a : grants.accounts()) {
      Set<String> granted =
          grants.liveGrants(a.subjectId()).stream()
              .map(GrantStore.Grant::entitlement)
              .collect(Collectors.toSet());
      for (String held : memberships.current(a.keycloakId())) {
        if (granted.contains(held)) {
          continue;
        }
        if (revert) {
          memberships.revoke(a.keycloakId(), Entitlement.parse(held));
        }
        ledger.drift(a, held, revert);
        found.add(new Finding(a.subjectId(), a.username(), held, revert));
      }
    }
    return found;
  }

  /** Realm settings that contradict the guidance, each with the control it breaks. */
  public List<String> posture() {
    WorkforceGateway.RealmPosture p = keycloak.posture();
    List<String> findings = new ArrayList<>();
    if (!p.mfaRequiredForNewUsers()) {
      findings.add("MFA (OTP or WebAuthn) is not a default required action (XIAM-08, ida-2.1.1)");
    }
    if (p.accessTokenLifespanSeconds() > profiles.maxAccessTokenSeconds()) {
      findings.add(
          "access tokens live "
              + p.accessTokenLifespanSeconds()
              + " s, above the maximum "
              + profiles.maxAccessTokenSeconds()
              + " s (ORG-01d)");
    }
    if (p.ssoSessionMaxLifespanSeconds() > profiles.maxSsoSessionSeconds()) {
      findings.add(
          "SSO sessions live "
              + p.ssoSessionMaxLifespanSeconds()
              + " s, above the maximum "
              + profiles.maxSsoSessionSeconds()
              + " s (ORG-01d)");
    }
    if (!p.eventsEnabled()) {
      findings.add("login events are off (XIAM-06, ORG-04)");
    }
    if (!p.adminEventsEnabled()) {
      findings.add("admin events are off (XIAM-06, POST-06)");
    }
    if (!p.bruteForceProtected()) {
      findings.add("brute-force detection is off (XIAM-09)");
    }
    return findings;
  }
}
