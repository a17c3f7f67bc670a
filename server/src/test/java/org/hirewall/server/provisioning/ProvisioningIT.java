package org.hirewall.server.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.hirewall.server.Workforce;
import org.hirewall.server.revocation.RevocationIT;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Least-privilege provisioning against the real Keycloak: the vetting gate, exact profiles,
 * idempotent apply, privileged access with three different people (ORG-01, XIAM-01, XIAM-02).
 */
@ExtendWith(HirewallStack.class)
class ProvisioningIT {

  private static final Api api = HirewallStack.get().api();

  /** The workforce realm as Keycloak's own admin sees it (to check and to tamper). */
  static RealmResource workforce() {
    return Workforce.realm();
  }

  static String username(String prefix) {
    return Workforce.name(prefix);
  }

  static UserRepresentation user(String username) {
    List<UserRepresentation> found = workforce().users().searchByUsername(username, true);
    return found.isEmpty() ? null : found.get(0);
  }

  static List<String> groups(String userId) {
    return workforce().users().get(userId).groups().stream()
        .map(GroupRepresentation::getName)
        .sorted()
        .toList();
  }

  static List<String> realmRoles(String userId) {
    return workforce().users().get(userId).roles().realmLevel().listAll().stream()
        .map(RoleRepresentation::getName)
        .filter(r -> !r.startsWith("default-roles"))
        .sorted()
        .toList();
  }

  @Test
  void ORG_01_anUnvettedSubjectGetsNothing() {
    String subject = Vetted.unvetted(api, "Ula Brandt");
    String name = username("ula");
    Api.Reply r =
        api.post(
            "/api/provisioning/apply", "it-admin", Vetted.applyBody(subject, name, "engineer"));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("detail").asText()).contains("ORG-01");
    assertThat(user(name)).isNull();
    assertThat(api.get("/api/provisioning/subjects/" + subject + "/grants", "auditor").json())
        .isEmpty();
    JsonNode plan =
        api.post("/api/provisioning/plan", "it-admin", Vetted.applyBody(subject, name, "engineer"))
            .json();
    assertThat(plan.get("allowed").asBoolean()).isFalse();
  }

  @Test
  void ORG_01_aVettedSubjectGetsTheProfileAndNothingMore() {
    String subject = Vetted.passed(api, "Vic Holm", "standard");
    String name = username("vic");
    JsonNode plan =
        api.post("/api/provisioning/plan", "it-admin", Vetted.applyBody(subject, name, "engineer"))
            .json();
    assertThat(plan.get("allowed").asBoolean()).isTrue();
    assertThat(plan.get("changes").findValuesAsText("entitlement"))
        .containsExactly(name, "group:engineering", "realm-role:developer");
    assertThat(user(name)).as("a plan changes nothing").isNull();

    Api.Reply applied =
        api.post(
            "/api/provisioning/apply", "it-admin", Vetted.applyBody(subject, name, "engineer"));
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    UserRepresentation u = user(name);
    assertThat(u.isEnabled()).isTrue();
    assertThat(u.getRequiredActions()).contains("CONFIGURE_TOTP");
    assertThat(groups(u.getId())).containsExactly("engineering");
    assertThat(realmRoles(u.getId())).containsExactly("developer");
    assertThat(applied.json().findValuesAsText("state")).containsOnly("ACTIVE");

    // again: same state, no duplicate user, no duplicate grant
    Api.Reply again =
        api.post(
            "/api/provisioning/apply", "it-admin", Vetted.applyBody(subject, name, "engineer"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json()).hasSize(2);
    assertThat(workforce().users().searchByUsername(name, true)).hasSize(1);
  }

  @Test
  void INTV_01_probationWidensOnlyAfterAPassedReVerification() {
    String subject = Vetted.passed(api, "Pia Lund", "standard");
    String name = username("pia");
    Api.Reply applied =
        api.post(
            "/api/provisioning/apply",
            "it-admin",
            Vetted.applyBody(subject, name, "engineer-probation"));
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    java.time.Instant probationEnd =
        java.time.Instant.parse(applied.json().get(0).get("expiresAt").asText());
    assertThat(probationEnd).isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(91)));

    Api.Reply early =
        api.post("/api/provisioning/subjects/" + subject + "/widen", "it-admin", null);
    assertThat(early.status()).as("no re-verification yet").isEqualTo(409);
    assertThat(early.json().get("detail").asText()).contains("INTV-01");

    Vetted.reVerified(api, subject);
    Api.Reply widened =
        api.post("/api/provisioning/subjects/" + subject + "/widen", "it-admin", null);
    assertThat(widened.status()).as(widened.body()).isEqualTo(200);
    assertThat(widened.json().findValuesAsText("source")).containsOnly("profile:engineer");
    assertThat(widened.json().findValuesAsText("state")).containsOnly("ACTIVE");
    for (JsonNode g : widened.json()) {
      assertThat(java.time.Instant.parse(g.get("expiresAt").asText()))
          .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(364)));
    }
    String userId = user(name).getId();
    assertThat(groups(userId)).containsExactly("engineering");
    assertThat(realmRoles(userId)).containsExactly("developer");

    assertThat(
            api.post("/api/provisioning/subjects/" + subject + "/widen", "it-admin", null).status())
        .as("already the full profile")
        .isEqualTo(409);
  }

  @Test
  void XIAM_07_applyAfterACrashHalfwayEndsCorrect() throws Exception {
    String subject = Vetted.passed(api, "Wes Amari", "standard");
    String name = username("wes");
    // the state a crash leaves after the first half of apply: the grants recorded PENDING, the
    // Keycloak user created (still disabled) with one of the two memberships
    try (Connection c = HirewallStack.get().database().connect()) {
      exec(
          c,
          "INSERT INTO pv_account (subject_id, username, profile, created_by, created_at) VALUES (?,?,'engineer','it-admin',now())",
          subject,
          name);
      for (String e : List.of("group:engineering", "realm-role:developer")) {
        exec(
            c,
            "INSERT INTO pv_grant (id, subject_id, entitlement, privileged, source, state, granted_by, granted_at, expires_at)"
                + " VALUES (?,?,?,false,'profile:engineer','PENDING','it-admin',now(),now() + interval '365 days')",
            java.util.UUID.randomUUID().toString(),
            subject,
            e);
      }
    }
    UserRepresentation half = new UserRepresentation();
    half.setUsername(name);
    half.setEnabled(false);
    workforce().users().create(half).close();
    String id = user(name).getId();
    String engineering =
        workforce().groups().groups("engineering", true, 0, 1, true).get(0).getId();
    workforce().users().get(id).joinGroup(engineering);

    Api.Reply r =
        api.post(
            "/api/provisioning/apply", "it-admin", Vetted.applyBody(subject, name, "engineer"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json()).hasSize(2);
    assertThat(r.json().findValuesAsText("state")).containsOnly("ACTIVE");
    assertThat(user(name).isEnabled()).isTrue();
    assertThat(groups(id)).containsExactly("engineering");
    assertThat(realmRoles(id)).contains("developer");
  }

  @Test
  void XIAM_01_privilegedAccessNeedsAThirdPersonAndFullVetting() {
    String subject = Vetted.passed(api, "Xia Moreau", "privileged");
    String name = username("xia");
    applied(subject, name);

    // requested and approved by the same officer: refused
    String own = request(subject, "security-officer");
    Api.Reply self =
        api.post("/api/provisioning/requests/" + own + "/approve", "security-officer", null);
    assertThat(self.status()).isEqualTo(409);
    assertThat(self.json().get("detail").asText()).contains("requester");

    // requested by the IT admin, approved by the officer: granted, for at most the hours asked
    String ok = request(subject, "it-admin");
    Api.Reply approved =
        api.post("/api/provisioning/requests/" + ok + "/approve", "security-officer", null);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("privileged").asBoolean()).isTrue();
    assertThat(
            java.time.Duration.between(
                    java.time.Instant.parse(approved.json().get("grantedAt").asText()),
                    java.time.Instant.parse(approved.json().get("expiresAt").asText()))
                .toHours())
        .isEqualTo(4);
    assertThat(groups(user(name).getId())).containsExactly("engineering", "org-admins");
    assertThat(
            api.get("/api/provisioning/requests/" + ok, "auditor").json().get("decidedBy").asText())
        .isEqualTo("security-officer");
  }

  @Test
  void ORG_01_theApproversQueueAndTheSummaryOfLiveAccess() {
    String subject = Vetted.passed(api, "Uma Queue", "privileged");
    String name = username("uma");
    applied(subject, name);
    String waiting = request(subject, "it-admin");
    String granted = request(subject, "it-admin");
    assertThat(
            api.post("/api/provisioning/requests/" + granted + "/approve", "security-officer", null)
                .status())
        .isEqualTo(200);

    // pending requests first, then the decided ones
    List<String> states = new java.util.ArrayList<>();
    List<String> ids = new java.util.ArrayList<>();
    api.get("/api/provisioning/requests?limit=1000", "auditor")
        .json()
        .forEach(
            r -> {
              states.add(r.get("state").asText());
              ids.add(r.get("id").asText());
            });
    assertThat(ids).contains(waiting, granted);
    assertThat(states.get(ids.indexOf(waiting))).isEqualTo("PENDING");
    assertThat(states.subList(0, (int) states.stream().filter("PENDING"::equals).count()))
        .containsOnly("PENDING");

    // the approved 4-hour grant is live, privileged and ends within the week
    com.fasterxml.jackson.databind.JsonNode summary =
        api.get("/api/provisioning/summary", "auditor").json();
    assertThat(summary.get("pendingRequests").asLong()).isPositive();
    assertThat(summary.get("active").findValuesAsText("entitlement")).contains("group:org-admins");
    boolean ending = false;
    for (var e : summary.get("endingSoon")) {
      ending |=
          e.get("username").asText().equals(name)
              && e.get("entitlement").asText().equals("group:org-admins")
              && e.get("privileged").asBoolean();
    }
    assertThat(ending).as(summary.toString()).isTrue();
  }

  @Test
  void ORG_01_noPrivilegedAccessWithoutTheFullPrivilegedVetting() {
    String subject = Vetted.passed(api, "Yuri Lenz", "standard");
    String name = username("yuri");
    api.post("/api/provisioning/apply", "it-admin", Vetted.applyBody(subject, name, "engineer"));
    String req = request(subject, "it-admin");
    Api.Reply r =
        api.post("/api/provisioning/requests/" + req + "/approve", "security-officer", null);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("detail").asText()).contains("100 %");
    assertThat(groups(user(name).getId())).containsExactly("engineering");
  }

  @Test
  void XIAM_01_theGranteeCannotApproveTheirOwnAccess() {
    String subject = Vetted.passed(api, "Sam Officer", "privileged");
    // the officer is also a member of the workforce under the same user name
    applied(subject, "security-officer");
    String req = request(subject, "it-admin");
    Api.Reply r =
        api.post("/api/provisioning/requests/" + req + "/approve", "security-officer", null);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("detail").asText()).contains("grantee");
  }

  @Test
  void XIAM_08_aUsernameBelongsToOneSubject() {
    String first = Vetted.passed(api, "Uma Berg", "standard");
    String second = Vetted.passed(api, "Ulf Berg", "standard");
    String name = username("uma");
    applied(first, name);

    Api.Reply taken =
        api.post("/api/provisioning/apply", "it-admin", Vetted.applyBody(second, name, "engineer"));
    assertThat(taken.status()).as(taken.body()).isEqualTo(400);
    assertThat(taken.contentType()).startsWith("application/problem+json");
    assertThat(taken.json().get("errors").get(0).get("field").asText()).isEqualTo("username");
    assertThat(api.get("/api/provisioning/subjects/" + second + "/grants", "auditor").json())
        .as("nothing recorded for the second subject")
        .isEmpty();

    Api.Reply renamed =
        api.post(
            "/api/provisioning/apply",
            "it-admin",
            Vetted.applyBody(first, username("uma2"), "engineer"));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(400);
    assertThat(renamed.json().get("errors").get(0).get("field").asText()).isEqualTo("username");
    assertThat(renamed.json().get("errors").get(0).get("message").asText()).contains(name);
  }

  @Test
  void RESP_07_accessEndedByARevocationRunIsNotGivenBack() {
    String subject = Vetted.passed(api, "Rae Lund", "standard");
    String name = username("rae");
    applied(subject, name);
    Api.Reply contained =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            RevocationIT.containment("Detected: laptop farm, shared identifiers", 30, name));
    assertThat(contained.status()).as(contained.body()).isEqualTo(200);
    assertThat(contained.json().get("runs").get(0).get("state").asText()).isEqualTo("COMPLETED");

    Api.Reply again =
        api.post(
            "/api/provisioning/apply", "it-admin", Vetted.applyBody(subject, name, "engineer"));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains("RESP-07", "not given back");
    UserRepresentation u = user(name);
    assertThat(u.isEnabled()).as("still disabled").isFalse();
    assertThat(groups(u.getId())).as("no membership came back").isEmpty();
    assertThat(realmRoles(u.getId())).isEmpty();
  }

  @Test
  void RESP_07_aRunForAnotherSpellingOfTheUsernameEndsTheGrantsToo() {
    String subject = Vetted.passed(api, "Mal Lory", "standard");
    String name = username("mallory");
    applied(subject, name);
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    Api.Reply contained =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            RevocationIT.containment("Detected: shared identifiers", 30, upper));
    assertThat(contained.status()).as(contained.body()).isEqualTo(200);

    JsonNode grants =
        api.get("/api/provisioning/subjects/" + subject + "/grants", "auditor").json();
    assertThat(grants).isNotEmpty();
    grants.forEach(g -> assertThat(g.get("state").asText()).isEqualTo("REVOKED"));
    for (String spelling : List.of(name, upper)) {
      Api.Reply again =
          api.post(
              "/api/provisioning/apply",
              "it-admin",
              Vetted.applyBody(subject, spelling, "engineer"));
      assertThat(again.status()).as(again.body()).isEqualTo(409);
      assertThat(again.body()).contains("RESP-07");
    }
    // and no other subject can take the account over by spelling it differently
    String other = Vetted.passed(api, "Mal Lory Two", "standard");
    Api.Reply takeover =
        api.post("/api/provisioning/apply", "it-admin", Vetted.applyBody(other, upper, "engineer"));
    assertThat(takeover.status()).as(takeover.body()).isEqualTo(400);
    assertThat(takeover.body()).contains("username");
  }

  @Test
  void ORG_01_aKeycloakRefusalIsA409NamingTheFieldAndLeavesNothingRecorded() throws Exception {
    String first = Vetted.passed(api, "Ann Taken", "standard");
    String firstName = username("taken");
    applied(first, firstName);

    String second = Vetted.passed(api, "Bea Second", "standard");
    String secondName = username("second");
    String sameEmail =
        Vetted.applyBody(second, secondName, "engineer")
            .replace(secondName + "@workforce.example.org", firstName + "@workforce.example.org");
    Api.Reply refused = api.post("/api/provisioning/apply", "it-admin", sameEmail);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
    assertThat(user(secondName)).as("no Keycloak user was created").isNull();
    try (Connection c = HirewallStack.get().database().connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM pv_account WHERE subject_id = ?)"
                    + " + (SELECT COUNT(*) FROM pv_grant WHERE subject_id = ?)")) {
      ps.setString(1, second);
      ps.setString(2, second);
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("account and grants of the refused apply").isZero();
      }
    }
    // fixed, the same subject may take any free username, including the one it asked for
    applied(second, secondName);
  }

  @Test
  void aProfileCannotCarryPrivilegedAccessAndHoursAreBounded() {
    String subject = Vetted.passed(api, "Zed Quist", "privileged");
    api.post(
        "/api/provisioning/apply",
        "it-admin",
        Vetted.applyBody(subject, username("zed"), "engineer"));
    Api.Reply tooLong =
        api.post(
            "/api/provisioning/requests",
            "it-admin",
            "{\"subjectId\":\""
                + subject
                + "\",\"entitlement\":\"group:org-admins\",\"hours\":24,\"justification\":\"release weekend\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("hours");
    Api.Reply ordinary =
        api.post(
            "/api/provisioning/requests",
            "it-admin",
            "{\"subjectId\":\""
                + subject
                + "\",\"entitlement\":\"group:engineering\",\"hours\":4,\"justification\":\"needs it now\"}");
    assertThat(ordinary.status()).isEqualTo(400);
    assertThat(ordinary.json().get("errors").get(0).get("field").asText()).isEqualTo("entitlement");
  }

  /** Applies the {@code engineer} profile and expects it to succeed. */
  static void applied(String subject, String username) {
    Api.Reply r =
        api.post(
            "/api/provisioning/apply", "it-admin", Vetted.applyBody(subject, username, "engineer"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  static String request(String subject, String requester) {
    Api.Reply r =
        api.post(
            "/api/provisioning/requests",
            requester,
            "{\"subjectId\":\""
                + subject
                + "\",\"entitlement\":\"group:org-admins\",\"hours\":4,"
                + "\"justification\":\"rotate the org's deploy keys\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  static void exec(Connection c, String sql, Object... args) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }
}
