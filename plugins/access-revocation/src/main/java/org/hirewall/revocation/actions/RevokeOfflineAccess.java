package org.hirewall.revocation.actions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewall.keycloak.WorkforceAdmin;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.RevocationAction;
import org.hirewall.spi.RevocationTarget;
import org.keycloak.representations.idm.UserSessionRepresentation;

/**
 * Revokes every consent and offline token of the user, client by client. A plain logout leaves
 * offline sessions alive: a refresh token obtained with {@code offline_access} would keep working.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "revoke-offline-access",
    description = "Revokes consents and offline tokens (a logout leaves them)")
@Enforces({"RESP-07", "DATA-12", "ida-3.1.1"})
public class RevokeOfflineAccess implements RevocationAction {

  @Inject WorkforceGateway keycloak;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Map<String, Object> inventory(RevocationTarget t) {
    if (t.userId() == null) {
      return Map.of("consents", List.of());
    }
    return keycloak.admin(
        "list consents and offline sessions",
        r -> {
          List<Map<String, Object>> consents = new ArrayList<>();
          for (Map<String, Object> c : consents(r, t)) {
            String clientId = String.valueOf(c.get("clientId"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clientId", clientId);
            m.put("grantedClientScopes", c.getOrDefault("grantedClientScopes", List.of()));
            m.put("createdDate", c.getOrDefault("createdDate", 0));
            m.put("lastUpdatedDate", c.getOrDefault("lastUpdatedDate", 0));
            m.put("offlineSessions", offlineSessions(r, t, clientId));
            consents.add(m);
          }
          return Map.<String, Object>of("consents", consents);
        });
  }

  @Override
  public void revoke(RevocationTarget t, Map<String, Object> inventory) {
    if (t.userId() == null) {
      return;
    }
    keycloak.admin(
        "revoke consents",
        r -> {
          for (String clientId : Inventories.values(inventory, "consents", "clientId")) {
            Gone.ignore(() -> r.user(t.userId()).revokeConsent(clientId));
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
        "verify consents",
        r -> {
          if (!consents(r, t).isEmpty()) {
            return false;
          }
          for (Object o : (List<?>) inventory.getOrDefault("consents", List.of())) {
            String clientId = String.valueOf(((Map<?, ?>) o).get("clientId"));
            if (!offlineSessions(r, t, clientId).isEmpty()) {
              return false;
            }
          }
          return true;
        });
  }

  private static List<Map<String, Object>> consents(WorkforceAdmin r, RevocationTarget t) {
    return Gone.orElse(() -> r.user(t.userId()).getConsents(), List.of());
  }

  private static List<Map<String, Object>> offlineSessions(
      WorkforceAdmin r, RevocationTarget t, String clientId) {
    String uuid = r.clientUuid(clientId).orElse(null);
    if (uuid == null) {
      return List.of();
    }
    return Gone.orElse(
            () -> r.user(t.userId()).getOfflineSessions(uuid), List.<UserSessionRepresentation>of())
        .stream()
        .map(EndSessions::session)
        .toList();
  }
}
