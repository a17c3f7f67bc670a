package org.hirewall.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vetting cases through the running server: required checks, the two-person sign-off, liveness
 * challenges (ORG-01, XIAM-01, LIVE-01..03).
 */
@ExtendWith(HirewallStack.class)
class VettingWorkflowIT {

  static final List<String> STANDARD =
      List.of("live-video", "id-beside-face", "liveness", "reference-calls", "osint-review");

  private final Api api = HirewallStack.get().api();

  static String createCase(Api api, ObjectNode subject) {
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", Subjects.json(subject));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("caseId").asText();
  }

  static void record(Api api, String caseId, String check, String user) {
    ObjectNode body = Subjects.JSON.createObjectNode();
    body.put("checkType", check);
    body.put("outcome", "PASS");
    body.put("notes", "done on a call");
    if (check.equals("liveness")) {
      body.put("challengeId", challenge(api, caseId, user));
    }
    if (check.equals("osint-review")) {
      body.set(
          "findings",
          Subjects.JSON.valueToTree(
              List.of(
                  java.util.Map.of(
                      "control", "GHUB-01", "observation", "account as old as its commits"))));
    }
    Api.Reply r = api.post("/api/vetting/cases/" + caseId + "/checks", user, body.toString());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  static String challenge(Api api, String caseId, String user) {
    Api.Reply r = api.post("/api/vetting/cases/" + caseId + "/liveness-challenges", user, null);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("phrase").asText()).matches("([a-z]+ ){4}[0-9]{4}");
    assertThat(r.json().get("moves")).hasSize(4);
    return r.json().get("challengeId").asText();
  }

  @Test
  void ORG_01_aCaseWithEveryCheckPassedAndASecondPersonPasses() {
    String caseId = createCase(api, Subjects.clean("Avery Quinn"));
    STANDARD.forEach(c -> record(api, caseId, c, "it-admin"));
    Api.Reply signed =
        api.post("/api/vetting/cases/" + caseId + "/sign-off", "security-officer", null);
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(signed.json().get("status").asText()).isEqualTo("PASSED");
    assertThat(signed.json().get("percentComplete").asInt()).isEqualTo(100);
    assertThat(signed.json().get("signedOffBy").asText()).isEqualTo("security-officer");
  }

  @Test
  void ORG_01_aCaseCannotPassWithAMissingRequiredCheck() {
    String caseId = createCase(api, Subjects.clean("Blair Rowe"));
    STANDARD.stream()
        .filter(c -> !c.equals("reference-calls"))
        .forEach(c -> record(api, caseId, c, "it-admin"));
    Api.Reply r = api.post("/api/vetting/cases/" + caseId + "/sign-off", "security-officer", null);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asText()).contains("reference-calls").contains("ORG-01");
    JsonNode view = api.get("/api/vetting/cases/" + caseId, "auditor").json();
    assertThat(view.get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(view.get("percentComplete").asInt()).isEqualTo(80);
  }

  @Test
  void XIAM_01_theSamePersonCannotRecordAChecksAndSignOff() {
    String caseId = createCase(api, Subjects.clean("Casey Lund"));
    STANDARD.stream()
        .filter(c -> !c.equals("live-video"))
        .forEach(c -> record(api, caseId, c, "it-admin"));
    record(api, caseId, "live-video", "security-officer");
    Api.Reply r = api.post("/api/vetting/cases/" + caseId + "/sign-off", "security-officer", null);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("detail").asText()).contains("second person");
    assertThat(
            api.get("/api/vetting/cases/" + caseId, "auditor").json().get("signedOffBy").isNull())
        .isTrue();
  }

  @Test
  void LIVE_02_aReusedChallengeIsRefused() {
    String caseId = createCase(api, Subjects.clean("Dana Moss"));
    String challengeId = challenge(api, caseId, "it-admin");
    String body =
        "{\"checkType\":\"liveness\",\"outcome\":\"PASS\",\"challengeId\":\"" + challengeId + "\"}";
    assertThat(api.post("/api/vetting/cases/" + caseId + "/checks", "it-admin", body).status())
        .isEqualTo(201);
    Api.Reply again = api.post("/api/vetting/cases/" + caseId + "/checks", "it-admin", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("LIVE-02");
  }

  @Test
  void LIVE_02_anExpiredChallengeIsRefused() throws SQLException {
    String caseId = createCase(api, Subjects.clean("Eden Hart"));
    String challengeId = challenge(api, caseId, "it-admin");
    try (Connection c = HirewallStack.get().database().connect();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE iv_challenge SET expires_at = expires_at - INTERVAL '10 minutes' WHERE id = ?")) {
      ps.setString(1, challengeId); // as if the interviewer came back ten minutes later
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    String body =
        "{\"checkType\":\"liveness\",\"outcome\":\"PASS\",\"challengeId\":\"" + challengeId + "\"}";
    Api.Reply r = api.post("/api/vetting/cases/" + caseId + "/checks", "it-admin", body);
    assertThat(r.status()).isEqualTo(409);
    assertThat(api.get("/api/vetting/cases/" + caseId, "auditor").json().get("checks")).isEmpty();
  }

  @Test
  void LIVE_01_aChallengeOfAnotherCaseIsRefused() {
    String one = createCase(api, Subjects.clean("Farah Imre"));
    String other = createCase(api, Subjects.clean("Gale Ito"));
    String challengeId = challenge(api, one, "it-admin");
    String body =
        "{\"checkType\":\"liveness\",\"outcome\":\"PASS\",\"challengeId\":\"" + challengeId + "\"}";
    assertThat(api.post("/api/vetting/cases/" + other + "/checks", "it-admin", body).status())
        .isEqualTo(409);
  }

  @Test
  void aCheckThatDoesNotApplyNeedsAReason() {
    String caseId = createCase(api, Subjects.clean("Harper Vance"));
    Api.Reply r =
        api.post(
            "/api/vetting/cases/" + caseId + "/checks",
            "it-admin",
            "{\"checkType\":\"reference-calls\",\"outcome\":\"NOT_APPLICABLE\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
  }

  @Test
  void EMPL_04_aRedFlagIsClearedOnlyWithAJustificationThenTheCaseCanPass() {
    ObjectNode s = Subjects.clean("Indra Noor");
    s.put("offeredSalary", 50_000); // 55 % below the band: flagged
    String caseId = createCase(api, s);
    JsonNode view = api.get("/api/vetting/cases/" + caseId, "auditor").json();
    assertThat(view.get("status").asText()).isEqualTo("FLAGGED");
    String flagId = view.get("flags").get(0).get("id").asText();

    Api.Reply tooShort =
        api.post(
            "/api/vetting/flags/" + flagId + "/clear",
            "security-officer",
            "{\"justification\":\"ok\"}");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.json().get("errors").get(0).get("field").asText())
        .isEqualTo("justification");

    Api.Reply cleared =
        api.post(
            "/api/vetting/flags/" + flagId + "/clear",
            "security-officer",
            "{\"justification\":\"Part-time contract at 50 % hours; pay matches the band pro rata.\"}");
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.json().get("clearedBy").asText()).isEqualTo("security-officer");
    STANDARD.forEach(c -> record(api, caseId, c, "it-admin"));
    Api.Reply signed =
        api.post("/api/vetting/cases/" + caseId + "/sign-off", "security-officer", null);
    assertThat(signed.json().get("status").asText()).isEqualTo("PASSED");
  }
}
