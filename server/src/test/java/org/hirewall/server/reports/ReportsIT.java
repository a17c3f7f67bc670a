package org.hirewall.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hirewall.server.Workforce;
import org.hirewall.server.provisioning.Vetted;
import org.hirewall.server.revocation.RevocationIT;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.hirewall.testkit.Insiders;
import org.hirewall.testkit.Pdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Reports generated from data made through the real API, against the real Keycloak and PostgreSQL,
 * and read back the way an auditor would: PDF text through pdftotext (poppler), CSV and XLSX rows
 * compared with the database, hashes checked with the verify endpoint.
 */
@ExtendWith(HirewallStack.class)
class ReportsIT {

  static final Api api = HirewallStack.get().api();
  static final RealmResource workforce = Workforce.realm();
  static final Insiders insiders = Workforce.insiders();

  static Api.Download download(String path, String user) throws Exception {
    Api.Download d = api.bytes("GET", path, user, null);
    assertThat(d.status()).as(d.text()).isEqualTo(200);
    assertThat(d.header("X-Hirewall-Report-Sha256")).isEqualTo(sha256(d.body()));
    // -Dreports.samples=DIR keeps each file (docs/reports shows pages of them)
    String samples = System.getProperty("reports.samples");
    if (samples != null && !samples.isBlank() && !path.startsWith("/api/reports/jobs/")) {
      String report = path.replaceAll("^/api/reports/([^/]+)/([a-z]+).*$", "$1.$2");
      Files.createDirectories(Path.of(samples));
      Files.write(Path.of(samples, report), d.body());
    }
    return d;
  }

  /**
   * The PDF's text in the order it was written, so that a hash wrapped over two lines of its table
   * cell reads as one word once whitespace is removed.
   */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> csvLines(byte[] csv) {
    return List.of(new String(csv, StandardCharsets.UTF_8).split("\r\n"));
  }

  @Test
  void HIRE_01_DATA_01_vettingDossierShowsEveryCheckFlagAndSignOff() throws Exception {
    String legalName = "Dossier Person " + ThreadLocalRandom.current().nextInt(100_000);
    String subject = Vetted.passed(api, legalName, "standard");

    Api.Download pdf = download("/api/reports/vetting-dossier/pdf?subject=" + subject, "auditor");
    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    String text = Pdf.text(pdf.body());
    assertThat(text)
        .contains("Vetting dossier", legalName, subject, "HIRE-01", "DATA-01", "PASSED")
        .contains("security-officer") // the sign-off
        .contains("DATA-01..18 completeness");
    List<String> checks = new ArrayList<>();
    try (Connection c = HirewallStack.get().database().connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT k.check_type FROM iv_check k JOIN iv_case c ON c.id = k.case_id"
                    + " WHERE c.subject_id = ?")) {
      ps.setString(1, subject);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          checks.add(rs.getString(1));
        }
      }
    }
    assertThat(checks).isNotEmpty();
    assertThat(text).contains(checks);
  }

  /**
   * Names written in the scripts people write them in are printed whole (issue 13): the dossier's
   * legal name and the incident package's reason, read back through pdftotext. Before the report
   * fonts, the Han and Hangul characters vanished from the PDF without a trace. Compared after
   * NFKC: a PDF reader gives Arabic back in its contextual forms.
   */
  @Test
  void DATA_01_namesInEveryScriptArePrintedWhole() throws Exception {
    String legalName = "王伟 (Wang Wei) 김철수 Zoë Дмитрий Ελένη محمد やまだ カタカナ";
    String subject = Vetted.passed(api, legalName, "standard");
    String dossier =
        nfkc(
            Pdf.text(
                download("/api/reports/vetting-dossier/pdf?subject=" + subject, "auditor").body()));
    Insiders.Insider insider = insiders.create(Workforce.name("scripts"));
    Api.Reply r =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            RevocationIT.containmentOf(
                insider.username(), subject, "Shared laptop of " + legalName, 30));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    String runId = r.json().get("runs").get(0).get("id").asText();
    String incident =
        nfkc(
            Pdf.text(
                download("/api/reports/incident-package/pdf?run=" + runId, "security-officer")
                    .body()));
    for (String word : legalName.split(" ")) {
      String expected = nfkc(word);
      String reversed = new StringBuilder(expected).reverse().toString(); // right to left
      assertThat(List.of(dossier, incident))
          .as("'" + word + "' in the dossier and the incident package")
          .allMatch(text -> text.contains(expected) || text.contains(reversed));
    }
  }

  private static String nfkc(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
  }

  @Test
  void RESP_11_RESP_14_incidentPackageHoldsTheRunItsTimingAndNoSecret() throws Exception {
    String subject = Vetted.unvetted(api, "Incident Subject");
    Insiders.Insider insider = insiders.create(Workforce.name("incident"));
    Api.Reply r =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            RevocationIT.containmentOf(insider.username(), subject, "Referral ring found", 30));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode run = r.json().get("runs").get(0);
    String runId = run.get("id").asText();
    JsonNode details = api.get("/api/revocation/runs/" + runId, "auditor").json();

    String text =
        Pdf.text(
            download("/api/reports/incident-package/pdf?run=" + runId, "security-officer").body());
    assertThat(text)
        .contains("Incident evidence package", insider.username(), runId)
        .contains("Time to zero access", run.get("zeroAccessMs").asText() + " ms")
        .contains("RESP-11", "RESP-14", "DATA-01", "XKEY-01")
        .contains(run.get("snapshotSha256").asText())
        .contains("disable-user", "Step timeline", "People-side checklist");
    for (JsonNode rotation : details.get("rotations")) {
      assertThat(text)
          .contains(rotation.get("clientId").asText(), rotation.get("fingerprint").asText());
    }
    String ciSecret =
        workforce
            .clients()
            .get(workforce.clients().findByClientId("ci-pipeline").get(0).getId())
            .getSecret()
            .getValue();
    assertThat(text).doesNotContain(ciSecret, Insiders.PASSWORD);

    Api.Download csv = download("/api/reports/incident-package/csv?run=" + runId, "auditor");
    List<String> lines = csvLines(csv.body());
    assertThat(lines.get(0)).startsWith("#,Action,State");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(details.get("steps").size())
        .allMatch(l -> l.contains("VERIFIED"));
  }

  @Test
  void XIAM_04_accessInventoryCsvAndXlsxMatchTheDatabase() throws Exception {
    String username = Workforce.name("inventory");
    String subject = Vetted.passed(api, "Inventory Person", "standard");
    Api.Reply applied =
        api.post(
            "/api/provisioning/apply",
            "it-admin",
            Vetted.applyBody(subject, username, "engineer-probation"));
    assertThat(applied.status()).as(applied.body()).isIn(200, 201);

    List<String> expected = new ArrayList<>();
    try (Connection c = HirewallStack.get().database().connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT a.username, g.entitlement, g.state, g.expires_at FROM pv_grant g"
                    + " JOIN pv_account a ON a.subject_id = g.subject_id"
                    + " WHERE g.state IN ('PENDING', 'ACTIVE') AND a.profile = ?"
                    + " ORDER BY a.username, g.id")) {
      ps.setString(1, "engineer-probation");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          expected.add(
              String.join(
                  "|",
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant().truncatedTo(ChronoUnit.MILLIS).toString()));
        }
      }
    }
    assertThat(expected).anyMatch(e -> e.startsWith(username + "|"));

    List<String> csv =
        csvLines(
            download("/api/reports/access-inventory/csv?profile=engineer-probation", "auditor")
                .body());
    assertThat(csv.get(0))
        .isEqualTo(
            "Username,Profile,Entitlement,Risk,State,Vetting,Requested by,Approved by,"
                + "Granted (UTC),Expires (UTC)");
    List<String> fromCsv =
        csv.subList(1, csv.size()).stream()
            .map(l -> l.split(",", -1))
            .map(f -> String.join("|", f[0], f[2], f[4], f[9]))
            .toList();
    assertThat(fromCsv).isEqualTo(expected);
    assertThat(csv)
        .filteredOn(l -> l.startsWith(username + ","))
        .allMatch(l -> l.contains("PASSED 100 %"));

    String pdf =
        Pdf.text(
            download("/api/reports/access-inventory/pdf?profile=engineer-probation", "auditor")
                .body());
    assertThat(pdf).contains("Access inventory", "XIAM-04", username, "PASSED 100 %", "standard");

    byte[] xlsx =
        download("/api/reports/access-inventory/xlsx?profile=engineer-probation", "auditor").body();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet grants = book.getSheet("Grants");
      List<String> fromXlsx = new ArrayList<>();
      for (Row row : grants) {
        if (row.getRowNum() > 0) {
          fromXlsx.add(
              String.join(
                  "|",
                  row.getCell(0).getStringCellValue(),
                  row.getCell(2).getStringCellValue(),
                  row.getCell(4).getStringCellValue(),
                  row.getCell(9).getStringCellValue()));
        }
      }
      assertThat(fromXlsx).isEqualTo(expected);
      assertThat(book.getSheetName(0)).isEqualTo("Summary");
    }
  }

  @Test
  void ir_2_1_4_auditExtractMatchesTheTrailAndItsHashVerifies() throws Exception {
    Instant from = Instant.now().minus(1, ChronoUnit.HOURS);
    Instant to = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    api.post("/api/audit/checkpoints", "security-officer", null); // seals what is pending
    List<String> expected = new ArrayList<>();
    try (Connection c = HirewallStack.get().database().connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT seq, action, record_hash FROM audit_record WHERE seq IS NOT NULL"
                    + " AND occurred_at >= ? AND occurred_at < ? ORDER BY seq")) {
      ps.setTimestamp(1, Timestamp.from(from));
      ps.setTimestamp(2, Timestamp.from(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          expected.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
        }
      }
    }
    assertThat(expected).isNotEmpty();
    String range = "?from=" + from + "&to=" + to;

    List<String> csv =
        csvLines(download("/api/reports/audit-extract/csv" + range, "auditor").body());
    assertThat(
            csv.subList(1, csv.size()).stream()
                .map(l -> l.split(",", -1))
                .map(f -> f[0] + "|" + f[4] + "|" + f[f.length - 1])
                .toList())
        .isEqualTo(expected);

    Api.Download pdf = download("/api/reports/audit-extract/pdf" + range, "auditor");
    String text = Pdf.text(pdf.body());
    assertThat(text).contains("Audit-trail extract", "ir-2.1.4", "XFOR-01", "INTACT");
    String lastHash = expected.get(expected.size() - 1).split("\\|")[2];
    assertThat(text.replaceAll("\\s", "")).contains(lastHash);

    // the file verifies, by hash and by content; a modified copy does not
    String sha = pdf.header("X-Hirewall-Report-Sha256");
    JsonNode byHash = api.get("/api/reports/verify?sha256=" + sha, "auditor").json();
    assertThat(byHash.get("genuine").asBoolean()).isTrue();
    assertThat(byHash.get("report").asText()).isEqualTo("audit-extract");
    assertThat(byHash.get("requestedBy").asText()).isEqualTo("auditor");
    assertThat(byHash.get("parameters").get("from").asText()).isEqualTo(from.toString());
    Api.Download byFile = api.bytes("POST", "/api/reports/verify", "security-officer", pdf.body());
    assertThat(byFile.text()).contains("\"genuine\":true", sha);
    byte[] modified = pdf.body().clone();
    modified[modified.length / 2] ^= 0x01;
    Api.Download forged = api.bytes("POST", "/api/reports/verify", "auditor", modified);
    assertThat(byFile.status()).isEqualTo(200);
    assertThat(forged.text()).contains("\"genuine\":false").doesNotContain(sha);

    // and the trail records who produced it, with the file's hash
    try (Connection c = HirewallStack.get().database().connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT actor FROM audit_record WHERE action = 'report.requested'"
                    + " AND subject = 'audit-extract' ORDER BY id DESC LIMIT 1")) {
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("auditor");
      }
    }
  }

  @Test
  void ir_2_1_4_theSameFileTwiceIsTwoProductionsThatBothVerify() throws Exception {
    // nobody holds this entitlement: the inventory is its header only, byte for byte the same
    String path = "/api/reports/access-inventory/csv?entitlement=group:nobody-holds-this";
    Api.Download first = download(path, "auditor");
    Api.Download second = download(path, "security-officer");
    assertThat(second.status()).as(second.text()).isEqualTo(200);
    String sha = first.header("X-Hirewall-Report-Sha256");
    assertThat(second.header("X-Hirewall-Report-Sha256")).isEqualTo(sha);
    assertThat(second.header("X-Hirewall-Report-Job"))
        .isNotEqualTo(first.header("X-Hirewall-Report-Job"));

    JsonNode verified = api.get("/api/reports/verify?sha256=" + sha, "auditor").json();
    assertThat(verified.get("genuine").asBoolean()).isTrue();
    List<String> jobs = new ArrayList<>();
    verified.get("productions").forEach(p -> jobs.add(p.get("jobId").asText()));
    assertThat(jobs)
        .contains(first.header("X-Hirewall-Report-Job"), second.header("X-Hirewall-Report-Job"));
  }

  @Test
  void XFOR_01_longReportsRunAsJobsWithProgressForTheirRequesterOnly() throws Exception {
    Api.Reply started = api.post("/api/reports/guidance-coverage/xlsx", "auditor", null);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String job = started.json().get("id").asText();
    JsonNode state = started.json();
    for (int i = 0; i < 60 && !state.get("state").asText().equals("DONE"); i++) {
      Thread.sleep(250);
      state = api.get("/api/reports/jobs/" + job, "auditor").json();
    }
    assertThat(state.get("state").asText()).isEqualTo("DONE");
    assertThat(state.get("percent").asInt()).isEqualTo(100);
    assertThat(state.get("rows").asLong()).isPositive();
    assertThat(api.get("/api/reports/jobs/" + job, "security-officer").status()).isEqualTo(404);
    Api.Download file = download(state.get("download").asText(), "auditor");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertThat(book.getSheet("Controls").getLastRowNum()).isEqualTo(state.get("rows").asLong());
    }

    String text = Pdf.text(download("/api/reports/guidance-coverage/pdf", "auditor").body());
    assertThat(text)
        .contains("Guidance coverage", "RESP-07", "access-revocation", "audit-reports")
        .contains("HIRE-06", "do not automate");
  }

  @Test
  void auditorsDownloadButChangeNothingAndOthersCannotDownload() throws Exception {
    assertThat(api.get("/api/reports", "auditor").json())
        .extracting(t -> t.get("id").asText())
        .contains(
            "vetting-dossier",
            "access-inventory",
            "incident-package",
            "audit-extract",
            "guidance-coverage");
    assertThat(api.post("/api/revocation/containments", "auditor", "{}").status()).isEqualTo(403);
    assertThat(api.post("/api/provisioning/apply", "auditor", "{}").status()).isEqualTo(403);
    assertThat(api.post("/api/vetting/subjects", "auditor", "{}").status()).isEqualTo(403);
    assertThat(api.post("/api/audit/checkpoints", "auditor", null).status()).isEqualTo(403);
    assertThat(api.get("/api/reports", "it-admin").status()).isEqualTo(403);
    assertThat(api.get("/api/reports/guidance-coverage/csv", "it-admin").status()).isEqualTo(403);
    assertThat(api.get("/api/reports/guidance-coverage/csv", null).status()).isEqualTo(401);
  }

  @Test
  void badParametersAreProblemsNamingTheParameter() {
    assertProblem(api.get("/api/reports/vetting-dossier/pdf", "auditor"), 400, "subject");
    assertProblem(
        api.get("/api/reports/vetting-dossier/pdf?subject=not-an-id", "auditor"), 400, "subject");
    assertProblem(
        api.get(
            "/api/reports/vetting-dossier/pdf?subject=00000000-0000-0000-0000-000000000000",
            "auditor"),
        404,
        null);
    assertProblem(api.get("/api/reports/audit-extract/csv?from=yesterday", "auditor"), 400, "from");
    assertProblem(
        api.get("/api/reports/audit-extract/csv?from=2026-11-28&to=2026-11-01", "auditor"),
        400,
        "to");
    assertProblem(
        api.get("/api/reports/audit-extract/csv?from=2026-11-28&colour=red", "auditor"),
        400,
        "colour");
    assertProblem(
        api.get("/api/reports/audit-extract/docx?from=2026-11-28", "auditor"), 400, "format");
    assertProblem(api.get("/api/reports/no-such-report/pdf", "auditor"), 404, null);
    assertProblem(api.get("/api/reports/verify?sha256=abc", "auditor"), 400, "sha256");
  }

  static void assertProblem(Api.Reply r, int status, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    if (field != null) {
      assertThat(r.json().toString()).contains("\"" + field + "\"");
    }
  }
}
