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
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Disables the workforce user first: no new login and no token refresh from here on. Keycloak sends
 * nothing to the user (covert, RESP-02).
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "disable-user",
    description = "Disables the Keycloak user (no new login, no refresh)")
@Enforces({"RESP-02", "RESP-07", "ida-3.1.1"})
public class DisableUser implements RevocationAction {

  @Inject WorkforceGateway keycloak;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Map<String, Object> inventory(RevocationTarget t) {
    if (t.userId() == null) {
      return Map.of("present", false);
    }
    UserRepresentation u =
        keycloak.admin(
            "read user", r -> Gone.orElse(() -> r.user(t.userId()).toRepresentation(), null));
    if (u == null) {
      return Map.of("present", false);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("present", true);
    out.put("id", u.getId());
    out.put("username", u.getUsername());
    out.put("email", u.getEmail() == null ? "" : u.getEmail());
    out.put("firstName", u.getFirstName() == null ? "" : u.getFirstName());
    out.put("lastName", u.getLastName() == null ? "" : u.getLastName());
    out.put("enabled", Boolean.TRUE.equals(u.isEnabled()));
    out.put("emailVerified", Boolean.TRUE.equals(u.isEmailVerified()));
    out.put("createdTimestamp", u.getCreatedTimestamp() == null ? 0L : u.getCreatedTimestamp());
    out.put("requiredActions", u.getRequiredActions() == null ? List.of() : u.getRequiredActions());
    return out;
  }

  @Override
  public void revoke(RevocationTarget t, Map<String, Object> inventory) {
    if (t.userId() == null) {
      return;
    }
    keycloak.admin(
        "disable user",
        r -> {
          // a partial representation: Keycloak changes only the fields it carries
          UserRepresentation disabled = new UserRepresentation();
          disabled.setEnabled(false);
          Gone.ignore(() -> r.user(t.userId()).update(disabled));
          return null;
        });
  }

  @Override
  public boolean verify(RevocationTarget t, Map<String, Object> inventory) {
    if (t.userId() == null) {
      return true;
    }
    return keycloak.admin(
        "verify disabled",
        r ->
            Gone.orElse(
                () -> !Boolean.TRUE.equals(r.user(t.userId()).toRepresentation().isEnabled()),
                true));
  }
}
