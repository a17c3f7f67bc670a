package org.hirewall.revocation.actions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.RevocationAction;
import org.hirewall.spi.RevocationTarget;
import org.keycloak.representations.idm.UserSessionRepresentation;

/**
 * Ends every online session of the user and sets their not-before, so tokens issued earlier stop
 * being accepted. The inventory keeps each session's IP address and times (DATA-12, RESP-10).
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "end-sessions",
    description = "Ends all online sessions; earlier tokens become invalid")
@Enforces({"RESP-07", "DATA-12", "ida-3.1.1"})
public class EndSessions implements RevocationAction {

  @Inject WorkforceGateway keycloak;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Map<String, Object> inventory(RevocationTarget t) {
    return Map.of("sessions", sessions(t));
  }

  @Override
  public void revoke(RevocationTarget t, Map<String, Object> inventory) {
    if (t.userId() != null) {
      keycloak.admin(
          "log user out",
          r -> {
            Gone.ignore(() -> r.user(t.userId()).logout());
            return null;
          });
    }
  }

  @Override
  public boolean verify(RevocationTarget t, Map<String, Object> inventory) {
    return sessions(t).isEmpty();
  }

  private List<Map<String, Object>> sessions(RevocationTarget t) {
    if (t.userId() == null) {
      return List.of();
    }
    return keycloak.admin(
        "list sessions",
        r ->
            Gone.orElse(
                    () -> r.user(t.userId()).getUserSessions(),
                    List.<UserSessionRepresentation>of())
                .stream()
                .map(EndSessions::session)
                .toList());
  }

  static Map<String, Object> session(UserSessionRepresentation s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.getId());
    m.put("ipAddress", s.getIpAddress() == null ? "" : s.getIpAddress());
    m.put("start", s.getStart());
    m.put("lastAccess", s.getLastAccess());
    m.put("clients", s.getClients() == null ? List.of() : List.copyOf(s.getClients().values()));
    return m;
  }
}
