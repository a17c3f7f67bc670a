package org.hirewall.server.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hirewall.testkit.Api;

/** Subjects vetted through the real API, as provisioning needs them. */
public final class Vetted {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Vetted() {}

  /** A subject whose case is open but not passed. */
  public static String unvetted(Api api, String name) {
    return create(api, name, "standard").get("subjectId").asText();
  }

  /**
   * A subject whose case of {@code tier} passed: every check by it-admin, signed off by the
   * officer.
   */
  public static String passed(Api api, String name, String tier) {
    var created = create(api, name, tier);
    pass(api, created);
    return created.get("subjectId").asText();
  }

  /** Opens a re-verification case (INTV-01) for a subject and passes it like {@link #passed}. */
  static void reVerified(Api api, String subjectId) {
    Api.Reply opened =
        api.post(
            "/api/vetting/subjects/" + subjectId + "/cases",
            "it-admin",
            "{\"tier\":\"standard\",\"reason\":\"RE_VERIFICATION\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    pass(api, opened.json());
  }

  /** Records every required check of a case as passed and has the officer sign it off. */
  private static void pass(Api api, com.fasterxml.jackson.databind.JsonNode kase) {
    String caseId = kase.get("caseId").asText();
    for (var check : kase.get("requiredChecks")) {
      ObjectNode body = JSON.createObjectNode();
      body.put("checkType", check.asText());
      body.put("outcome", "PASS");
      if (check.asText().equals("liveness")) {
        body.put(
            "challengeId",
            api.post("/api/vetting/cases/" + caseId + "/liveness-challenges", "it-admin", null)
                .json()
                .get("challengeId")
                .asText());
      }
      assertThat(
              api.post("/api/vetting/cases/" + caseId + "/checks", "it-admin", body.toString())
                  .status())
          .isEqualTo(201);
    }
    Api.Reply signed =
        api.post("/api/vetting/cases/" + caseId + "/sign-off", "security-officer", null);
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
  }

  private static com.fasterxml.jackson.databind.JsonNode create(Api api, String name, String tier) {
    long n = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    Map<String, Object> s =
        Map.ofEntries(
            Map.entry("kind", "CANDIDATE"),
            Map.entry("legalName", name),
            Map.entry("phones", List.of("+1 " + n)),
            Map.entry("emails", List.of("h" + n + "@example.org")),
            Map.entry("claimedCountry", "US"),
            Map.entry("sourcingChannel", "JOB_PORTAL"),
            Map.entry("payoutMethod", "PAYROLL"),
            Map.entry("documentCountry", "US"),
            Map.entry("offeredSalary", 120_000),
            Map.entry("marketBandMin", 110_000),
            Map.entry("tier", tier));
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", JSON.valueToTree(s).toString());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  public static String applyBody(String subjectId, String username, String profile) {
    return JSON.valueToTree(
            Map.of(
                "subjectId",
                subjectId,
                "username",
                username,
                "email",
                username + "@workforce.example.org",
                "firstName",
                "New",
                "lastName",
                "Hire",
                "profile",
                profile))
        .toString();
  }

  /** Polls an import's progress until it is DONE or a minute passed; the last progress read. */
  public static com.fasterxml.jackson.databind.JsonNode awaitImport(Api api, String id)
      throws InterruptedException {
    com.fasterxml.jackson.databind.JsonNode progress = null;
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      progress = api.get("/api/provisioning/imports/" + id, "auditor").json();
      if (progress.get("state").asText().equals("DONE")) {
        break;
      }
      Thread.sleep(300);
    }
    return progress;
  }
}
