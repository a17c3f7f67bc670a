package org.hirewall.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input gets problem+json naming the field and leaves nothing half-written; evidence is stored
 * encrypted and enters the audit trail by hash only (DATA-14, XFOR-01).
 */
@ExtendWith(HirewallStack.class)
class VettingInputIT {

  private final Api api = HirewallStack.get().api();

  private long count(String table) throws SQLException {
    try (Connection c = HirewallStack.get().database().connect();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void invalidFieldsAreNamedAndNothingIsWritten() throws SQLException {
    long subjects = count("iv_subject");
    long identifiers = count("iv_identifier");
    ObjectNode s = Subjects.clean("Xan Ford");
    s.set("emails", Subjects.JSON.valueToTree(java.util.List.of("ok@example.org", "not-an-email")));
    s.put("claimedCountry", "USA");
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", Subjects.json(s));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("claimedCountry", "emails[1]");
    assertThat(count("iv_subject")).isEqualTo(subjects);
    assertThat(count("iv_identifier")).isEqualTo(identifiers);
  }

  @Test
  void valuesAreCheckedForWhatTheyMeanNotOnlyTheirShape() throws SQLException {
    long subjects = count("iv_subject");
    ObjectNode s = Subjects.clean("Cleo Dunn");
    s.put("timeZone", "Mars/Olympus_Mons"); // the shape of a zone, but no such zone
    s.put("claimedCountry", "XX"); // two capitals, but no such country
    s.set("ipAddresses", Subjects.JSON.valueToTree(java.util.List.of("999.1.1.1", "...")));
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", Subjects.json(s));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "timeZone", "claimedCountry", "ipAddresses[0]", "ipAddresses[1]");
    assertThat(count("iv_subject")).isEqualTo(subjects);
  }

  @Test
  void valuesThatPassValidationNeverBreakAColumnOrAKey() {
    // an e-mail with a long (valid) domain: its masked form must still fit its column
    ObjectNode s = Subjects.clean("Dora Long");
    String label = "d".repeat(60);
    String email = "dora@" + String.join(".", label, label, label, label) + ".example";
    s.set("emails", Subjects.JSON.valueToTree(java.util.List.of(email, email.toUpperCase())));
    Api.Reply created = api.post("/api/vetting/subjects", "it-admin", Subjects.json(s));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    // the same profile twice would be one primary key twice: a 400 naming it, not a 500
    ObjectNode twice = Subjects.clean("Eve Twice");
    ObjectNode p = Subjects.JSON.createObjectNode();
    p.put("platform", "linkedin");
    p.put("handle", "eve-twice");
    twice.set("profiles", Subjects.JSON.createArrayNode().add(p).add(p.deepCopy()));
    Api.Reply dup = api.post("/api/vetting/subjects", "it-admin", Subjects.json(twice));
    assertThat(dup.status()).as(dup.body()).isEqualTo(400);
    assertThat(dup.body()).contains("profile");
  }

  @Test
  void anUnknownReferrerIsRefusedBeforeAnythingIsWritten() throws SQLException {
    long subjects = count("iv_subject");
    ObjectNode s = Subjects.clean("Yael Brook");
    s.put("sourcingChannel", "REFERRAL");
    s.put("referrerId", "00000000-0000-0000-0000-000000000000");
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", Subjects.json(s));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("referrerId");
    assertThat(count("iv_subject")).isEqualTo(subjects);
  }

  @Test
  void aWrongEnumValueIsA400NamingTheField() {
    ObjectNode s = Subjects.clean("Zion Marsh");
    s.put("payoutMethod", "CASH_IN_ENVELOPE");
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", Subjects.json(s));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("payoutMethod");
  }

  @Test
  void crossFieldRulesAreChecked() {
    ObjectNode s = Subjects.clean("Abel Crane");
    s.put("payoutMethod", "CRYPTO"); // without a wallet
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", Subjects.json(s));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asText())
        .isEqualTo("walletGivenForCrypto");
  }

  @Test
  void DATA_14_evidenceIsEncryptedAtRestAndItsHashIsInTheAuditTrail() throws Exception {
    Api.Reply created =
        api.post("/api/vetting/subjects", "it-admin", Subjects.json(Subjects.clean("Bea Lind")));
    String caseId = created.json().get("caseId").asText();
    String marker = "HIREWALL-SECRET-PASSPORT-SCAN-" + System.nanoTime();
    byte[] png =
        concat(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            marker.getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> r = upload(caseId, "passport.png", "image/png", png);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String sha256 = Subjects.JSON.readTree(r.body()).get("sha256").asText();
    assertThat(sha256)
        .isEqualTo(
            HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png)));

    try (Connection c = HirewallStack.get().database().connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT ciphertext FROM iv_evidence WHERE sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        byte[] stored = rs.getBytes(1);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
            .doesNotContain(marker)
            .doesNotContain("PNG");
        assertThat(stored.length).isEqualTo(png.length + 16); // GCM tag
      }
    }
    JsonNode records = api.get("/api/audit/records?from=1&limit=1000", "auditor").json();
    assertThat(records.findValuesAsText("subject"))
        .contains("case:" + caseId + "/evidence:" + sha256);
    assertThat(records.toString()).doesNotContain(marker);
    assertThat(
            api.get("/api/vetting/cases/" + caseId, "auditor")
                .json()
                .get("evidence")
                .get(0)
                .get("sha256")
                .asText())
        .isEqualTo(sha256);
  }

  @Test
  void evidenceOfTheWrongTypeIsRefused() throws Exception {
    String caseId =
        api.post("/api/vetting/subjects", "it-admin", Subjects.json(Subjects.clean("Cy Dorn")))
            .json()
            .get("caseId")
            .asText();
    HttpResponse<String> text =
        upload(caseId, "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(text.body()).contains("Content-Type");
    HttpResponse<String> disguised =
        upload(
            caseId, "scan.png", "image/png", "%PDF-1.7 not a png".getBytes(StandardCharsets.UTF_8));
    assertThat(disguised.statusCode()).isEqualTo(400);
    assertThat(disguised.body()).contains("\"field\":\"file\"");
    assertThat(api.get("/api/vetting/cases/" + caseId, "auditor").json().get("evidence")).isEmpty();
  }

  private HttpResponse<String> upload(String caseId, String name, String type, byte[] content)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        api.baseUrl()
                            + "/api/vetting/cases/"
                            + caseId
                            + "/evidence?fileName="
                            + name))
                .header("Authorization", "Bearer " + api.tokens().forUser("it-admin"))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
