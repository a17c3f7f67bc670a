package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.ProvisioningStep;
import org.hirewall.spi.RuleViolation;
import org.hirewall.spi.SubjectRef;

/**
 * The Keycloak side of provisioning: which groups and realm roles a subject's workforce user holds,
 * and adding or removing them. {@link #plan} only reads; {@link #apply} is idempotent (joining a
 * group twice or leaving one not joined changes nothing).
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "keycloak-memberships",
    description = "Grants and removes workforce-realm groups and realm roles of an access profile")
@Enforces({
  "ORG-01",
  "ORG-01a",
  "ORG-01b",
  "ORG-01c",
  "ORG-01d",
  "ORG-02",
  "ORG-03",
  "XIAM-01",
  "XIAM-02",
  "XIAM-07",
  "XIAM-08",
  "ida-3.1.1",
  "SUM-04"
})
public class KeycloakMemberships implements ProvisioningStep {

  @Inject WorkforceGateway keycloak;
  @Inject GrantStore grants;
  @Inject AccessProfiles profiles;

  @Override
  public List<PlannedChange> plan(SubjectRef subject, String accessProfile) {
    AccessProfiles.Profile profile =
        profiles
            .profile(accessProfile)
            .orElseThrow(
                () ->
                    RuleViolation.invalid(
                        "profile", "unknown; known: " + profiles.profiles().keySet()));
    Set<String> held =
        grants
            .account(subject.id())
            .flatMap(a -> keycloak.findUser(a.username()))
            .map(u -> current(u.id()))
            .orElse(Set.of());
    List<PlannedChange> out = new ArrayList<>();
    for (Entitlement e : profile.entitlements()) {
      out.add(new PlannedChange(held.contains(e.toString()) ? "keep" : "add", e.toString(), false));
    }
    return out;
  }

  @Override
  public void apply(SubjectRef subject, List<PlannedChange> changes) {
    String userId =
        grants
            .account(subject.id())
            .flatMap(a -> keycloak.findUser(a.username()))
            .orElseThrow(() -> new IllegalStateException("no workforce user for " + subject.id()))
            .id();
    for (PlannedChange c : changes) {
      if (c.action().equals("add")) {
        grant(userId, Entitlement.parse(c.target()));
      } else if (c.action().equals("remove")) {
        revoke(userId, Entitlement.parse(c.target()));
      }
    }
  }

  void grant(String userId, Entitlement e) {
    switch (e.kind()) {
      case GROUP -> keycloak.joinGroup(userId, e.name());
      case REALM_ROLE -> keycloak.grantRealmRole(userId, e.name());
    }
  }

  void revoke(String userId, Entitlement e) {
    switch (e.kind()) {
      case GROUP -> keycloak.leaveGroup(userId, e.name());
      case REALM_ROLE -> keycloak.revokeRealmRole(userId, e.name());
    }
  }

  /** What the user holds that Hirewall manages: groups and non-default realm roles. */
  Set<String> current(String userId) {
    Set<String> held =
        keycloak.groupsOf(userId).stream().map(g -> "group:" + g).collect(Collectors.toSet());
    keycloak.realmRolesOf(userId).stream()
        .filter(
            r ->
                !r.startsWith("default-roles-")
                    && !r.equals("offline_access")
                    && !r.equals("uma_authorization"))
        .forEach(r -> held.add("realm-role:" + r));
    return held;
  }
}
