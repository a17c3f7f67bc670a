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
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;

/**
 * Removes every credential (password, OTP, WebAuthn) and identity-provider link of the user, so no
 * login path is left even if the account were re-enabled by mistake. The inventory keeps metadata
 * only: type, label, creation time, never the secret data.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "remove-credentials",
    description = "Removes credentials and identity-provider links (metadata kept as evidence)")
@Enforces({"RESP-07", "ida-3.1.1"})
public class RemoveCredentials implements RevocationAction {

  @Inject WorkforceGateway keycloak;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Map<String, Object> inventory(RevocationTarget t) {
    if (t.userId() == null) {
      return Map.of("credentials", List.of(), "identityProviderLinks", List.of());
    }
    return keycloak.admin(
        "list credentials",
        r ->
            Map.of(
                "credentials",
                credentials(r, t).stream().map(RemoveCredentials::metadata).toList(),
                "identityProviderLinks",
                links(r, t).stream()
                    .map(
                        l ->
                            Map.<String, Object>of(
                                "identityProvider",
                                l.getIdentityProvider(),
                                "userName",
                                l.getUserName() == null ? "" : l.getUserName()))
                    .toList()));
  }

  @Override
  public void revoke(RevocationTarget t, Map<String, Object> inventory) {
    if (t.userId() == null) {
      return;
    }
    keycloak.admin(
        "remove credentials",
        r -> {
          var user = r.user(t.userId());
          for (String id : Inventories.values(inventory, "credentials", "id")) {
            Gone.ignore(() -> user.removeCredential(id));
          }
          for (String idp :
              Inventories.values(inventory, "identityProviderLinks", "identityProvider")) {
            Gone.ignore(() -> user.removeFederatedIdentity(idp));
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
        "verify credentials", r -> credentials(r, t).isEmpty() && links(r, t).isEmpty());
  }

  private static List<CredentialRepresentation> credentials(WorkforceAdmin r, RevocationTarget t) {
    return Gone.orElse(() -> r.user(t.userId()).credentials(), List.of());
  }

  private static List<FederatedIdentityRepresentation> links(WorkforceAdmin r, RevocationTarget t) {
    return Gone.orElse(() -> r.user(t.userId()).getFederatedIdentity(), List.of());
  }

  private static Map<String, Object> metadata(CredentialRepresentation c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.getId());
    m.put("type", c.getType());
    m.put("userLabel", c.getUserLabel() == null ? "" : c.getUserLabel());
    m.put("createdDate", c.getCreatedDate() == null ? 0L : c.getCreatedDate());
    return m;
  }
}
