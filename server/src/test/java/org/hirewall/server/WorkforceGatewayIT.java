package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.List;
import org.hirewall.keycloak.GatewaySettings;
import org.hirewall.keycloak.KeycloakWorkforceGateway;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * The gateway against the real Keycloak, as the workforce realm's service account (XIAM-01: the
 * least privilege Hirewall itself needs; ORG-01d: posture reads the token lifetimes).
 */
@ExtendWith(HirewallStack.class)
class WorkforceGatewayIT {

  private final String keycloakUrl = HirewallStack.get().keycloak().url();

  private WorkforceGateway gateway() {
    return new KeycloakWorkforceGateway(
        GatewaySettings.of(
            keycloakUrl, "workforce", "hirewall-gateway", "hirewall-gateway-dev-secret"));
  }

  @Test
  void ORG_01d_readsTheRealmPosture() {
    try (WorkforceGateway g = gateway()) {
      WorkforceGateway.RealmPosture p = g.posture();
      assertThat(p.realm()).isEqualTo("workforce");
      assertThat(p.accessTokenLifespanSeconds()).isEqualTo(300);
      assertThat(p.eventsEnabled()).isTrue();
      assertThat(p.bruteForceProtected()).isTrue();
    }
  }

  @Test
  void ensureUserIsIdempotent() {
    try (WorkforceGateway g = gateway()) {
      WorkforceGateway.WorkforceUser first =
          g.ensureUser("gw-idem", "gw-idem@example.org", "Gw", "Idem");
      WorkforceGateway.WorkforceUser again =
          g.ensureUser("gw-idem", "gw-idem@example.org", "Gw", "Idem");
      assertThat(again.id()).isEqualTo(first.id());
      assertThat(first.enabled()).isFalse();
      assertThat(g.groupsOf(first.id())).isEmpty();
    }
  }

  @Test
  void XIAM_07_provisionUserCreatesTheUserWithMfaAndGroupsInOneStep() {
    try (WorkforceGateway g = gateway()) {
      WorkforceGateway.ProvisionedUser made =
          g.provisionUser("gw-prov", "gw-prov@example.org", "Gw", "Prov", List.of("engineering"));
      assertThat(made.created()).isTrue();
      assertThat(made.user().enabled()).isTrue();
      assertThat(g.groupsOf(made.user().id())).containsExactly("engineering");

      WorkforceGateway.ProvisionedUser again =
          g.provisionUser("gw-prov", "gw-prov@example.org", "Gw", "Prov", List.of("org-admins"));
      assertThat(again.created()).as("exists: returned untouched").isFalse();
      assertThat(again.user().id()).isEqualTo(made.user().id());
      assertThat(g.groupsOf(made.user().id())).containsExactly("engineering");

      assertThatThrownBy(
              () ->
                  g.provisionUser(
                      "gw-nogroup", "gw-nogroup@example.org", "Gw", "No", List.of("no-such")))
          .isInstanceOf(org.hirewall.keycloak.KeycloakRefused.class)
          .hasMessageContaining("group no-such")
          .hasMessageContaining("does not have");
      assertThat(g.findUser("gw-nogroup")).as("nothing created").isEmpty();
    }
  }

  @Test
  void XIAM_01_theServiceAccountIsNotARealmAdmin() {
    try (Keycloak asGateway =
        KeycloakBuilder.builder()
            .serverUrl(keycloakUrl)
            .realm("workforce")
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId("hirewall-gateway")
            .clientSecret("hirewall-gateway-dev-secret")
            .build()) {
      // it may read the realm, but not change realm settings or touch another realm
      var realm = asGateway.realm("workforce").toRepresentation();
      realm.setAccessTokenLifespan(86400);
      assertThatThrownBy(() -> asGateway.realm("workforce").update(realm))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> asGateway.realm("master").toRepresentation())
          .isInstanceOfAny(ForbiddenException.class, NotAuthorizedException.class);
    }
  }

  @Test
  void aWrongSecretIsRefusedAndNotRetried() {
    try (WorkforceGateway g =
        new KeycloakWorkforceGateway(
            GatewaySettings.of(keycloakUrl, "workforce", "hirewall-gateway", "wrong"))) {
      assertThatThrownBy(g::posture).hasMessageNotContaining("wrong");
    }
  }
}
