package org.hirewall.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lists the console shows: subjects found by a part of their legal name in any case, with their
 * newest case's status (DATA-01, HIRE-02); the queue of open red flags with the evidence and the
 * subject's name (RESP-03); the funnel counting cases by status.
 */
@ExtendWith(HirewallStack.class)
class VettingListsIT {

  private final Api api = HirewallStack.get().api();

  @Test
  void DATA_01_subjectsAreFoundByAPartOfTheirNameInAnyCaseWithTheirStatus() {
    String token = "Zyx" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    JsonNode created = create(Subjects.clean("Quinn " + token + " Ålvarez"));
    create(Subjects.clean("Somebody Else"));

    Api.Reply found =
        api.get("/api/vetting/subjects?q=" + token.toLowerCase() + "%20%C3%A5l", "auditor");
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.json()).hasSize(1);
    JsonNode line = found.json().get(0);
    assertThat(line.get("legalName").asText()).isEqualTo("Quinn " + token + " Ålvarez");
    assertThat(line.get("caseId").asText()).isEqualTo(created.get("caseId").asText());
    assertThat(line.get("status").asText()).isEqualTo("NOT_STARTED");
    assertThat(line.get("percentComplete").asInt()).isZero();

    Api.Reply bad = api.get("/api/vetting/subjects?limit=0", "auditor");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
  }

  @Test
  void RESP_03_theFlagQueueListsOpenFlagsWithTheirSubjectUntilCleared() {
    ObjectNode s = Subjects.clean("Rowan Flagged");
    s.put("documentCountry", "RU"); // IDPT-03: a document from another country than the residence
    JsonNode created = create(s);
    String subject = created.get("subjectId").asText();
    int openBefore = api.get("/api/vetting/funnel", "auditor").json().get("openFlags").asInt();

    JsonNode queued = queued(subject);
    assertThat(queued).isNotNull();
    assertThat(queued.get("legalName").asText()).isEqualTo("Rowan Flagged");
    assertThat(queued.get("caseId").asText()).isEqualTo(created.get("caseId").asText());
    assertThat(queued.get("flag").get("evidence").asText()).contains("RU");

    String flagId = queued.get("flag").get("id").asText();
    Api.Reply cleared =
        api.post(
            "/api/vetting/flags/" + flagId + "/clear",
            "security-officer",
            "{\"justification\":\"Dual national, documents checked in person\"}");
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(queued(subject)).isNull();
    assertThat(api.get("/api/vetting/funnel", "auditor").json().get("openFlags").asInt())
        .isEqualTo(openBefore - 1);
  }

  @Test
  void HIRE_02_theFunnelCountsTheNewestCasesByStatus() {
    JsonNode before = api.get("/api/vetting/funnel", "it-admin").json();
    ObjectNode s = Subjects.clean("Sasha Funnel");
    s.put("documentCountry", "RU");
    create(s);
    create(Subjects.clean("Sasha Clean"));
    JsonNode after = api.get("/api/vetting/funnel", "it-admin").json();
    assertThat(after.get("subjects").asInt()).isEqualTo(before.get("subjects").asInt() + 2);
    assertThat(count(after, "FLAGGED")).isEqualTo(count(before, "FLAGGED") + 1);
    assertThat(count(after, "NOT_STARTED")).isEqualTo(count(before, "NOT_STARTED") + 1);
  }

  private static int count(JsonNode funnel, String status) {
    return funnel.get("byStatus").get(status).asInt();
  }

  private JsonNode queued(String subjectId) {
    List<JsonNode> mine = new ArrayList<>();
    api.get("/api/vetting/flags", "security-officer")
        .json()
        .forEach(
            q -> {
              if (q.get("flag").get("subjectId").asText().equals(subjectId)) {
                mine.add(q);
              }
            });
    return mine.isEmpty() ? null : mine.get(0);
  }

  private JsonNode create(ObjectNode subject) {
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", Subjects.json(subject));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }
}
