package org.hirewall.server.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hirewall.server.Workforce;
import org.hirewall.server.provisioning.Vetted;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.hirewall.testkit.Insiders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Containment and offboarding against the real Keycloak and PostgreSQL (RESP-02, RESP-05, RESP-07,
 * ida-3.1.1, XKEY-01): evidence sealed first, zero access afterwards, proven at Keycloak's
 * introspection endpoint.
 */
@ExtendWith(HirewallStack.class)
public class RevocationIT {

  static final Api api = HirewallStack.get().api();
  static final RealmResource workforce = Workforce.realm();
  static final Insiders insiders = Workforce.insiders();

  static String username(String prefix) {
    return Workforce.name(prefix);
  }

  /** The body of a containment request for {@code usernames}. */
  /**
   * A containment of one user tied to their vetting subject; {@code waitSeconds} null leaves the
   * server's default wait.
   */
  public static String containmentOf(
      String username, String subjectId, String reason, Integer waitSeconds) {
    return "{\"targets\":[{\"username\":\""
        + username
        + "\",\"subjectId\":\""
        + subjectId
        + "\"}],\"reason\":\""
        + reason
        + "\""
        + (waitSeconds == null ? "" : ",\"waitSeconds\":" + waitSeconds)
        + "}";
  }

  public static String containment(String reason, int waitSeconds, String... usernames) {
    StringBuilder targets = new StringBuilder();
    for (String u : usernames) {
      targets
          .append(targets.isEmpty() ? "" : ",")
          .append("{\"username\":\"")
          .append(u)
          .append("\"}");
    }
    return "{\"targets\":["
        + targets
        + "],\"reason\":\""
        + reason
        + "\",\"waitSeconds\":"
        + waitSeconds
        + "}";
  }

  static String secret(String clientId) {
    String id = workforce.clients().findByClientId(clientId).get(0).getId();
    return workforce.clients().get(id).getSecret().getValue();
  }

  /** Asserts that the user holds nothing at all in Keycloak. */
  static void assertZeroAccess(String userId) {
    assertThat(insiders.remainingAccess(userId)).as("access left to " + userId).isEmpty();
  }

  @Test
  void RESP_07_XKEY_01_containmentLeavesZeroAccessAndRotatesReachableSecrets() throws Exception {
    String subject = Vetted.unvetted(api, "Kim Chol Insider");
    Insiders.Insider insider = insiders.create(username("insider"));
    assertThat(workforce.users().get(insider.userId()).getUserSessions()).hasSize(2);
    for (String token : insider.accessTokens()) {
      assertThat(insiders.active(token, false)).as("token active before the run").isTrue();
    }
    assertThat(insiders.refresh(insider.offlineToken()).status())
        .as("offline token works")
        .isEqualTo(200);
    String ciBefore = secret("ci-pipeline");
    String registryBefore = secret("artifact-registry");

    Api.Reply r =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            containmentOf(
                insider.username(),
                subject,
                "Detected: shared identifiers with a known DPRK worker",
                null));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode run = r.json().get("runs").get(0);
    assertThat(run.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(run.get("zeroAccessMs").asLong()).isPositive();
    assertZeroAccess(insider.userId());
    for (String token : insider.accessTokens()) {
      assertThat(insiders.active(token, false)).as("old access token").isFalse();
    }
    assertThat(insiders.active(insider.offlineToken(), true)).as("old offline token").isFalse();
    assertThat(insiders.refresh(insider.offlineToken()).status())
        .as("offline refresh")
        .isEqualTo(400);
    Insiders.Attempt login = insiders.login(insider); // a fresh, valid one-time code
    assertThat(login.status()).as("new login: " + login.error()).isEqualTo(400);
    String ciAfter = secret("ci-pipeline");
    String registryAfter = secret("artifact-registry");
    assertThat(ciAfter).isNotEqualTo(ciBefore);
    assertThat(registryAfter).isNotEqualTo(registryBefore);

    JsonNode details = api.get("/api/revocation/runs/" + run.get("id").asText(), "auditor").json();
    assertThat(details.get("steps"))
        .extracting(s -> s.get("state").asText())
        .containsOnly("VERIFIED")
        .hasSize(6);
    Map<String, String> fingerprints = new HashMap<>();
    details
        .get("rotations")
        .forEach(x -> fingerprints.put(x.get("clientId").asText(), x.get("fingerprint").asText()));
    assertThat(fingerprints)
        .containsEntry("ci-pipeline", fingerprint(ciAfter))
        .containsEntry("artifact-registry", fingerprint(registryAfter));
    assertThat(details.get("notices"))
        .extracting(n -> n.get("owner").asText())
        .contains("platform-team@example.org", "release-engineering@example.org");
    assertThat(details.get("checklist"))
        .extracting(t -> t.get("control").asText())
        .contains("RESP-01", "RESP-04", "RESP-06", "RESP-09", "RESP-11", "RESP-14");
    assertThat(details.toString()).doesNotContain(ciAfter, registryAfter, Insiders.PASSWORD);
  }

  /**
   * A confidential client whose role the user holds only inside a composite realm role is reached
   * like the client role itself (XKEY-01, RESP-07): its secret is rotated with the others.
   */
  @Test
  void XKEY_01_aClientReachedOnlyThroughACompositeRoleIsRotated() throws Exception {
    ClientRepresentation vault = new ClientRepresentation();
    vault.setClientId(username("vault"));
    vault.setPublicClient(false);
    vault.setStandardFlowEnabled(false);
    vault.setServiceAccountsEnabled(true);
    String vaultUuid;
    try (Response created = workforce.clients().create(vault)) {
      vaultUuid = CreatedResponseUtil.getCreatedId(created);
    }
    workforce.clients().get(vaultUuid).roles().create(new RoleRepresentation("read", null, false));
    String lead = username("team-lead");
    workforce.roles().create(new RoleRepresentation(lead, null, false));
    workforce
        .roles()
        .get(lead)
        .addComposites(
            List.of(workforce.clients().get(vaultUuid).roles().get("read").toRepresentation()));
    UserRepresentation u = new UserRepresentation();
    u.setUsername(username("lead"));
    u.setEnabled(true);
    String userId;
    try (Response created = workforce.users().create(u)) {
      userId = CreatedResponseUtil.getCreatedId(created);
    }
    workforce
        .users()
        .get(userId)
        .roles()
        .realmLevel()
        .add(List.of(workforce.roles().get(lead).toRepresentation()));
    String before = workforce.clients().get(vaultUuid).getSecret().getValue();

    Api.Reply r =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            containment("Composite role holder", 30, u.getUsername()));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode run = r.json().get("runs").get(0);
    assertThat(run.get("state").asText()).isEqualTo("COMPLETED");
    String after = workforce.clients().get(vaultUuid).getSecret().getValue();
    assertThat(fingerprint(after))
        .as("vault secret (fingerprints)")
        .isNotEqualTo(fingerprint(before));
    JsonNode details = api.get("/api/revocation/runs/" + run.get("id").asText(), "auditor").json();
    assertThat(details.get("rotations"))
        .extracting(x -> x.get("clientId").asText() + "=" + x.get("fingerprint").asText())
        .contains(vault.getClientId() + "=" + fingerprint(after));
  }

  @Test
  void RESP_05_evidenceIsSealedBeforeTheFirstRevocation() throws Exception {
    Insiders.Insider insider = insiders.create(username("sealed"));
    Api.Reply r =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            containment("Laptop farm suspected", 10, insider.username()));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    String runId = r.json().get("runs").get(0).get("id").asText();
    String sha = r.json().get("runs").get(0).get("snapshotSha256").asText();

    Api.Reply snapshot = api.get("/api/revocation/runs/" + runId + "/snapshot", "auditor");
    assertThat(snapshot.status()).isEqualTo(200);
    assertThat(sha256(snapshot.body())).isEqualTo(sha);
    JsonNode s = snapshot.json();
    JsonNode inventory = s.get("inventory");
    assertThat(inventory.get("access-revocation/end-sessions").get("sessions")).hasSize(2);
    assertThat(
            inventory
                .get("access-revocation/end-sessions")
                .get("sessions")
                .get(0)
                .get("ipAddress")
                .asText())
        .isEqualTo("127.0.0.1");
    assertThat(
            inventory
                .get("access-revocation/revoke-offline-access")
                .get("consents")
                .get(0)
                .get("offlineSessions"))
        .hasSize(1);
    assertThat(inventory.get("access-revocation/remove-credentials").get("credentials"))
        .extracting(c -> c.get("type").asText())
        .containsExactlyInAnyOrder("password", "otp");
    assertThat(inventory.get("access-revocation/remove-memberships").get("groups").get(0).asText())
        .isEqualTo("/engineering");
    assertThat(s.get("loginEvents").size()).isGreaterThanOrEqualTo(3);
    assertThat(snapshot.body())
        .doesNotContain(
            "credentialData", "secretData", Insiders.PASSWORD, "ci-pipeline-dev-secret");
    assertThat(s.get("dataRecord").get("completeness").asInt()).isPositive();

    // in the audit trail the sealed snapshot (payload digest = its SHA-256) precedes every step
    Map<String, Long> seq = awaitSealedTrail("run:" + runId);
    assertThat(seq.get("snapshot:" + sha)).as("snapshot record").isNotNull();
    assertThat(seq.get("snapshot:" + sha)).isLessThan(seq.get("first-step"));
  }

  @Test
  void RESP_02_twoTriggersForOneUserMakeOneRun() {
    Insiders.Insider insider = insiders.create(username("twice"));
    String body = containment("Two officers pressed at once", 10, insider.username());
    var first =
        CompletableFuture.supplyAsync(
            () -> api.post("/api/revocation/containments", "security-officer", body));
    var second =
        CompletableFuture.supplyAsync(
            () -> api.post("/api/revocation/containments", "security-officer", body));
    Api.Reply one = first.join();
    Api.Reply two = second.join();
    String a = one.json().get("runs").get(0).get("id").asText();
    String b = two.json().get("runs").get(0).get("id").asText();
    assertThat(a).isEqualTo(b);
    for (Api.Reply r : List.of(one, two)) {
      // the batch each answer points at exists and lists the one run, joined or not
      Api.Reply batch = api.get(java.net.URI.create(r.header("Location")).getPath(), "auditor");
      assertThat(batch.status()).as(batch.body()).isEqualTo(200);
      assertThat(batch.json().get("runs").get(0).get("id").asText()).isEqualTo(a);
    }
    assertThat(api.get("/api/revocation/runs?username=" + insider.username(), "auditor").json())
        .hasSize(1);
    assertZeroAccess(insider.userId());
  }

  @Test
  void RESP_02_aContainmentSupersedesAScheduledOffboardingAndStartsAtOnce() {
    // an insider with the it-admin role plans their own offboarding a year ahead, hoping that a
    // containment would join it and wait
    Insiders.Insider insider = insiders.create(username("planned"));
    String scheduled = offboard(insider.username(), Instant.now().plus(Duration.ofDays(360)));

    Api.Reply contained =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            containment("Detected: shared identifiers", 30, insider.username()));
    assertThat(contained.status()).as(contained.body()).isEqualTo(200);
    JsonNode run = contained.json().get("runs").get(0);
    assertThat(run.get("id").asText()).isNotEqualTo(scheduled);
    assertThat(run.get("kind").asText()).isEqualTo("CONTAINMENT");
    assertThat(run.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(contained.json().get("joined")).isEmpty();
    assertZeroAccess(insider.userId());
    assertThat(
            api.get(java.net.URI.create(contained.header("Location")).getPath(), "auditor")
                .status())
        .isEqualTo(200);

    JsonNode old = api.get("/api/revocation/runs/" + scheduled, "auditor").json().get("run");
    assertThat(old.get("state").asText()).isEqualTo("SUPERSEDED");
    assertThat(old.get("supersededBy").asText()).isEqualTo(run.get("id").asText());
    assertThat(api.call("DELETE", "/api/revocation/runs/" + scheduled, "it-admin", null).status())
        .as("a superseded offboarding cannot be cancelled")
        .isEqualTo(409);
  }

  @Test
  void RESP_02_aLaterOffboardingJoinsTheEarlierOneAndAnEarlierOneSupersedesIt() {
    Insiders.Insider leaver = insiders.create(username("twoplans"));
    String first = offboard(leaver.username(), Instant.now().plus(Duration.ofDays(30)));
    String later = offboard(leaver.username(), Instant.now().plus(Duration.ofDays(60)));
    assertThat(later).as("the later plan joins the earlier one").isEqualTo(first);
    String sooner = offboard(leaver.username(), Instant.now().plus(Duration.ofDays(7)));
    assertThat(sooner).isNotEqualTo(first);
    JsonNode old = api.get("/api/revocation/runs/" + first, "auditor").json().get("run");
    assertThat(old.get("state").asText()).isEqualTo("SUPERSEDED");
    assertThat(api.call("DELETE", "/api/revocation/runs/" + sooner, "it-admin", null).status())
        .isEqualTo(204);
  }

  @Test
  void RESP_02_usernamesThatDifferOnlyByCaseAreOneUser() {
    Insiders.Insider insider = insiders.create(username("mallory"));
    String upper = insider.username().toUpperCase(java.util.Locale.ROOT);
    Api.Reply both =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            containment("Two spellings of one user", 0, insider.username(), upper));
    assertThat(both.status()).as(both.body()).isEqualTo(400);
    assertThat(both.body()).contains("targets[1].username");

    Api.Reply contained =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            containment("Contained by another spelling", 30, upper));
    assertThat(contained.status()).as(contained.body()).isEqualTo(200);
    assertThat(contained.json().get("runs").get(0).get("username").asText())
        .isEqualTo(insider.username());
    assertZeroAccess(insider.userId());
    assertThat(api.get("/api/revocation/runs?username=" + upper, "auditor").json()).hasSize(1);
  }

  static String offboard(String username, Instant at) {
    Api.Reply r =
        api.post(
            "/api/revocation/offboardings",
            "it-admin",
            "{\"targets\":[{\"username\":\""
                + username
                + "\"}],\"reason\":\"Contract ends\",\"at\":\""
                + at
                + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("runs").get(0).get("id").asText();
  }

  @Test
  void ida_3_1_1_aPlannedOffboardingFiresAtItsTime() throws Exception {
    Insiders.Insider leaver = insiders.create(username("leaver"));
    Instant at = Instant.now().plusSeconds(4);
    Api.Reply r =
        api.post(
            "/api/revocation/offboardings",
            "it-admin",
            "{\"targets\":[{\"username\":\""
                + leaver.username()
                + "\"}],\"reason\":\"Contract ends\",\"at\":\""
                + at
                + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String runId = r.json().get("runs").get(0).get("id").asText();
    assertThat(r.json().get("runs").get(0).get("state").asText()).isEqualTo("SCHEDULED");
    assertThat(insiders.refresh(leaver.offlineToken()).status())
        .as("works before the time")
        .isEqualTo(200);

    JsonNode run = awaitFinished(runId, Duration.ofSeconds(60));
    assertThat(run.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(Instant.parse(run.get("startedAt").asText())).isAfterOrEqualTo(at);
    assertZeroAccess(leaver.userId());
    assertThat(insiders.refresh(leaver.offlineToken()).status()).as("not after").isEqualTo(400);
  }

  @Test
  void RESP_07_badInputGetsProblemDetailsAndNoRun() {
    Api.Reply unknown =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            containment("Mistyped user", 0, Workforce.name("nobody")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.body()).contains("targets[0].username");

    Api.Reply past =
        api.post(
            "/api/revocation/offboardings",
            "it-admin",
            "{\"targets\":[{\"username\":\"someone\"}],\"reason\":\"Contract ends\",\"at\":\"2020-01-01T00:00:00Z\"}");
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body()).contains("\"at\"");

    assertThat(
            api.post(
                    "/api/revocation/containments",
                    "auditor",
                    containment("not mine", 0, "someone"))
                .status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    "/api/revocation/containments",
                    "it-admin",
                    containment("not mine", 0, "someone"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void RESP_04_checklistTasksAreTrackedWithOwnerAndTime() {
    Insiders.Insider insider = insiders.create(username("tasks"));
    String runId =
        api.post(
                "/api/revocation/containments",
                "security-officer",
                containment("Detected", 10, insider.username()))
            .json()
            .get("runs")
            .get(0)
            .get("id")
            .asText();
    Api.Reply done =
        api.call(
            "PUT",
            "/api/revocation/runs/" + runId + "/checklist/RESP-04",
            "security-officer",
            "{\"owner\":\"finance-lead\",\"note\":\"Payroll stopped, pretext sent\",\"done\":true}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("owner").asText()).isEqualTo("finance-lead");
    assertThat(done.json().get("doneBy").asText()).isEqualTo("security-officer");
    assertThat(done.json().get("doneAt").isNull()).isFalse();
    assertThat(
            api.call(
                    "PUT",
                    "/api/revocation/runs/" + runId + "/checklist/RESP-04",
                    "auditor",
                    "{\"done\":true}")
                .status())
        .isEqualTo(403);
    assertThat(
            api.call(
                    "PUT",
                    "/api/revocation/runs/" + runId + "/checklist/RESP-99",
                    "security-officer",
                    "{\"done\":true}")
                .status())
        .isEqualTo(404);
  }

  static JsonNode awaitFinished(String runId, Duration timeout) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    JsonNode run;
    do {
      run = api.get("/api/revocation/runs/" + runId, "auditor").json().get("run");
      String state = run.get("state").asText();
      if (state.equals("COMPLETED") || state.equals("FAILED") || state.equals("CANCELLED")) {
        return run;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(end));
    return run;
  }

  /**
   * Sequence numbers of a run's snapshot record and first step record, once sealed into the chain.
   */
  static Map<String, Long> awaitSealedTrail(String subject) throws Exception {
    for (int i = 0; i < 40; i++) {
      Map<String, Long> out = new HashMap<>();
      List<Long> pending = new ArrayList<>();
      try (Connection c = HirewallStack.get().database().connect();
          PreparedStatement ps =
              c.prepareStatement(
                  "SELECT seq, action, payload_digest FROM audit_record WHERE subject = ? ORDER BY id")) {
        ps.setString(1, subject);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            if (rs.wasNull()) {
              pending.add(0L);
              continue;
            }
            String action = rs.getString(2);
            if (action.equals("revocation.snapshot.sealed")) {
              out.put("snapshot:" + rs.getString(3), seq);
            } else if (action.equals("revocation.step.done")) {
              out.merge("first-step", seq, Math::min);
            }
          }
        }
      }
      if (pending.isEmpty() && out.containsKey("first-step")) {
        return out;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("audit records of " + subject + " not sealed");
  }

  /** The documented fingerprint: the first 16 hex digits of the secret's SHA-256. */
  static String fingerprint(String secret) throws Exception {
    return sha256(secret).substring(0, 16);
  }

  static String sha256(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
