package org.hirewall.revocation.actions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewall.keycloak.WorkforceAdmin;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.RevocationAction;
import org.hirewall.spi.RevocationTarget;
import org.keycloak.representations.idm.ClientMappingsRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.MappingsRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Removes every group membership and every directly mapped realm and client role, whether Hirewall
 * granted it or someone added it in Keycloak (EMPL-11: access granted outside the process).
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "remove-memberships",
    description = "Removes all groups and all realm and client role mappings")
@Enforces({"RESP-05", "RESP-07", "EMPL-11", "ida-3.1.1"})
public class RemoveMemberships implements RevocationAction {

  @Inject WorkforceGateway keycloak;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Map<String, Object> inventory(RevocationTarget t) {
    if (t.userId() == null) {
      return Map.of(
          "groups",
          List.of(),
          "groupIds",
          List.of(),
          "realmRoles",
          List.of(),
          "clientRoles",
          Map.of());
    }
    return keycloak.admin(
        "list memberships",
        r -> {
          MappingsRepresentation m = mappings(r, t);
          Map<String, Object> clientRoles = new LinkedHashMap<>();
          clientMappings(m)
              .values()
              .forEach(c -> clientRoles.put(c.getClient(), names(c.getMappings())));
          List<GroupRepresentation> groups = groups(r, t);
          return Map.of(
              "groups",
              groups.stream().map(GroupRepresentation::getPath).toList(),
              "groupIds",
              groups.stream().map(GroupRepresentation::getId).toList(),
              "realmRoles",
              names(m.getRealmMappings()),
              "clientRoles",
              clientRoles);
        });
  }

  @Override
  public void revoke(RevocationTarget t, Map<String, Object> inventory) {
    if (t.userId() == null) {
      return;
    }
    keycloak.admin(
        "remove memberships",
        r -> {
          var user = r.user(t.userId());
          for (Object id : (List<?>) inventory.getOrDefault("groupIds", List.of())) {
            Gone.ignore(() -> user.leaveGroup(String.valueOf(id)));
          }
          MappingsRepresentation m = mappings(r, t);
          if (m.getRealmMappings() != null && !m.getRealmMappings().isEmpty()) {
            Gone.ignore(() -> user.roles().realmLevel().remove(m.getRealmMappings()));
          }
          for (ClientMappingsRepresentation c : clientMappings(m).values()) {
            Gone.ignore(() -> user.roles().clientLevel(c.getId()).remove(c.getMappings()));
          }
          return null;
        });
  }

  @Override
  public boolean verify(RevocationTarget t, Map<String, Object> inventory) {
    if (t.userId() == null) {
      return true;
    }
    return keycloak.admin(
        "verify memberships",
        r -> {
          MappingsRepresentation m = mappings(r, t);
          return groups(r, t).isEmpty()
              && (m.getRealmMappings() == null || m.getRealmMappings().isEmpty())
              && clientMappings(m).isEmpty();
        });
  }

  private static List<GroupRepresentation> groups(WorkforceAdmin r, RevocationTarget t) {
    return Gone.orElse(() -> r.user(t.userId()).groups(), List.of());
  }

  private static MappingsRepresentation mappings(WorkforceAdmin r, RevocationTarget t) {
    return Gone.orElse(() -> r.user(t.userId()).roles().getAll(), new MappingsRepresentation());
  }

  static Map<String, ClientMappingsRepresentation> clientMappings(MappingsRepresentation m) {
    return m.getClientMappings() == null ? Map.of() : m.getClientMappings();
  }

  static List<String> names(List<RoleRepresentation> roles) {
    return roles == null
        ? List.of()
        : roles.stream().map(RoleRepresentation::getName).sorted().toList();
  }
}
