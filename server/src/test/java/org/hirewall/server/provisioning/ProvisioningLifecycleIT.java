package org.hirewall.server.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallServer;
import org.hirewall.testkit.HirewallStack;
import org.hirewall.testkit.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Time-boxed grants, two nodes sharing the expiry work, drift and posture, bulk onboarding
 * (XIAM-02, ORG-01d, EMPL-11, POST-06, XIAM-05), against the real Keycloak and PostgreSQL. A second
 * server node on the same database runs with drift reverting switched on.
 */
@ExtendWith(HirewallStack.class)
class ProvisioningLifecycleIT {

  private static final Api api = HirewallStack.get().api();
  private static HirewallServer node2;
  private static Api api2;

  @BeforeAll
  static void secondNode() {
    var stack = HirewallStack.get();
    node2 =
        HirewallStack.startNode(
            stack.database(),
            stack.keycloak(),
            "node2",
            18081,
            19991,
            Map.of("HIREWALL_PLUGIN_ACCESS_PROVISIONING_REVERT_DRIFT", "true"));
    api2 = new Api(node2.url(), new Tokens(stack.keycloak().realmUrl("hirewall")));
  }

  @AfterAll
  static void stop() {
    node2.close();
  }

  private static String provisioned(String name, String tier) {
    String subject = Vetted.passed(api, name, tier);
    String username = ProvisioningIT.username(name.split(" ")[0].toLowerCase());
    ProvisioningIT.applied(subject, username);
    return subject;
  }

  private static String keycloakId(String subject) throws Exception {
    return query("SELECT keycloak_id FROM pv_account WHERE subject_id = ?", subject).get(0);
  }

  @Test
  void XIAM_02_expiredGrantsDisappearFromKeycloakAndTwoNodesProcessEachOnce() throws Exception {
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String s = provisioned("Exp Subject" + i, "privileged");
      String req = ProvisioningIT.request(s, "it-admin");
      assertThat(
              api.post("/api/provisioning/requests/" + req + "/approve", "security-officer", null)
                  .status())
          .isEqualTo(200);
      subjects.add(s);
    }
    List<String> grants = new ArrayList<>();
    for (String s : subjects) {
      grants.addAll(query("SELECT id FROM pv_grant WHERE subject_id = ?", s));
      assertThat(ProvisioningIT.groups(keycloakId(s))).contains("org-admins");
    }
    // all their grants fall due at once; both nodes' schedulers (every 2 s) race for them
    try (Connection c = HirewallStack.get().database().connect()) {
      for (String s : subjects) {
        ProvisioningIT.exec(
            c,
            "UPDATE pv_grant SET expires_at = now() - interval '1 second' WHERE subject_id = ?",
            s);
      }
    }
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline && !allEnded(grants)) {
      Thread.sleep(500);
    }
    assertThat(allEnded(grants)).as("every due grant ended").isTrue();
    for (String g : grants) {
      assertThat(
              query(
                  "SELECT COUNT(*) FROM audit_record WHERE subject = ? AND action = 'provisioning.grant.expired'",
                  "grant:" + g))
          .as("grant %s expired exactly once", g)
          .containsExactly("1");
    }
    for (String s : subjects) {
      assertThat(ProvisioningIT.groups(keycloakId(s))).isEmpty();
      assertThat(ProvisioningIT.realmRoles(keycloakId(s))).doesNotContain("developer");
    }
    assertThat(api.post("/api/audit/verify", "auditor", null).json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void XIAM_01_XIAM_02_anInterruptedApprovalEndsActiveAndExpiringNeverPendingForGood()
      throws Exception {
    String s = provisioned("Stuck Approval", "privileged");
    String req = ProvisioningIT.request(s, "it-admin");
    Api.Reply approved =
        api.post("/api/provisioning/requests/" + req + "/approve", "security-officer", null);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    String grant = approved.json().get("id").asText();
    String expires = query("SELECT expires_at FROM pv_grant WHERE id = ?", grant).get(0);
    String userId = keycloakId(s);
    var realm = org.hirewall.server.Workforce.realm();
    String orgAdmins = realm.groups().groups("org-admins", 0, 1).get(0).getId();

    // the server failed between the approval and Keycloak: the grant is PENDING, Keycloak has
    // nothing
    try (Connection c = HirewallStack.get().database().connect()) {
      ProvisioningIT.exec(
          c,
          "UPDATE pv_grant SET state = 'PENDING', granted_at = now() - interval '2 minutes'"
              + " WHERE id = ?",
          grant);
    }
    realm.users().get(userId).leaveGroup(orgAdmins);
    awaitGrantState(grant, "ACTIVE");
    assertThat(query("SELECT state FROM pv_grant WHERE id = ?", grant)).containsExactly("ACTIVE");
    assertThat(query("SELECT expires_at FROM pv_grant WHERE id = ?", grant))
        .as("with the expiry it was approved with")
        .containsExactly(expires);
    assertThat(ProvisioningIT.groups(userId)).contains("org-admins");

    // ... and one left PENDING past its expiry (Keycloak got it before the failure) ends there
    try (Connection c = HirewallStack.get().database().connect()) {
      ProvisioningIT.exec(
          c,
          "UPDATE pv_grant SET state = 'PENDING', expires_at = now() - interval '1 second'"
              + " WHERE id = ?",
          grant);
    }
    awaitGrantState(grant, "EXPIRED");
    assertThat(query("SELECT state FROM pv_grant WHERE id = ?", grant)).containsExactly("EXPIRED");
    assertThat(ProvisioningIT.groups(userId)).doesNotContain("org-admins");
  }

  /** The import's progress once it is DONE, or as it stands after a minute. */
  private static JsonNode awaitImport(String id) throws Exception {
    return Vetted.awaitImport(api, id);
  }

  /** Waits up to 30 s for a grant to reach {@code state} (the caller asserts it). */
  private static void awaitGrantState(String grant, String state) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline
        && !query("SELECT state FROM pv_grant WHERE id = ?", grant).get(0).equals(state)) {
      Thread.sleep(300);
    }
  }

  private static boolean allEnded(List<String> grants) throws Exception {
    for (String g : grants) {
      if (!query("SELECT state FROM pv_grant WHERE id = ?", g).get(0).equals("EXPIRED")) {
        return false;
      }
    }
    return true;
  }

  @Test
  void POST_06_aGroupAddedDirectlyInKeycloakIsReportedAsDriftAndRevertedWhereConfigured()
      throws Exception {
    String subject = provisioned("Drift Person", "standard");
    String userId = keycloakId(subject);
    var workforce = ProvisioningIT.workforce();
    String signers = workforce.groups().groups("release-signers", true, 0, 1, true).get(0).getId();
    workforce.users().get(userId).joinGroup(signers); // outside Hirewall

    JsonNode found = api.post("/api/provisioning/reconcile", "security-officer", null).json();
    assertThat(found.findValuesAsText("entitlement")).contains("group:release-signers");
    assertThat(ProvisioningIT.groups(userId)).contains("release-signers"); // node 1 only reports
    assertThat(api.get("/api/provisioning/drift", "auditor").json().findValuesAsText("entitlement"))
        .contains("group:release-signers");

    JsonNode reverted = api2.post("/api/provisioning/reconcile", "security-officer", null).json();
    assertThat(reverted.toString()).contains("group:release-signers");
    assertThat(ProvisioningIT.groups(userId)).containsExactly("engineering");
  }

  @Test
  void ORG_01d_thePostureCheckReportsLongTokenLifetimes() {
    var workforce = ProvisioningIT.workforce();
    RealmRepresentation realm = workforce.toRepresentation();
    Integer before = realm.getAccessTokenLifespan();
    try {
      realm.setAccessTokenLifespan(7 * 24 * 3600); // a week: the guidance asks for hours
      workforce.update(realm);
      JsonNode findings = api.get("/api/provisioning/posture", "auditor").json().get("findings");
      assertThat(findings.toString()).contains("access tokens live 604800 s").contains("ORG-01d");
      assertThat(findings.toString()).doesNotContain("brute-force");
    } finally {
      realm.setAccessTokenLifespan(before);
      workforce.update(realm);
    }
    assertThat(api.get("/api/provisioning/posture", "auditor").json().get("findings").toString())
        .doesNotContain("access tokens live");
  }

  @Test
  void XIAM_05_theCsvImportReportsBadRowsAndAppliesTheGoodOnes() throws Exception {
    String good1 = Vetted.passed(api, "Csv One", "standard");
    String good2 = Vetted.passed(api, "Csv Two", "standard");
    String unvetted = Vetted.unvetted(api, "Csv Three");
    String u1 = ProvisioningIT.username("csv1");
    String u2 = ProvisioningIT.username("csv2");
    String csv =
        "subject_id,username,email,first_name,last_name,profile\n"
            + good1
            + ","
            + u1
            + ","
            + u1
            + "@example.org,Csv,One,engineer\n"
            + unvetted
            + ",csv3-x,csv3@example.org,Csv,Three,engineer\n"
            + "not-a-subject,BAD USER,not-an-email,Csv,Two,no-such-profile\n"
            + good2
            + ","
            + u2
            + ","
            + u2
            + "@example.org,Csv,Two,community-manager\n";
    JsonNode report = call(api, "/api/provisioning/imports?dryRun=true", csv).json().get("rows");
    assertThat(report).hasSize(4);
    assertThat(report.get(2).get("problems").toString())
        .contains("subject_id")
        .contains("username")
        .contains("email")
        .contains("profile");
    assertThat(report.get(0).get("problems")).isEmpty();
    assertThat(ProvisioningIT.user(u1)).as("a dry run changes nothing").isNull();

    Api.Reply started = call(api, "/api/provisioning/imports", csv);
    assertThat(started.status()).isEqualTo(202);
    String id = started.json().get("id").asText();
    JsonNode progress = awaitImport(id);
    assertThat(progress.get("state").asText()).isEqualTo("DONE");
    assertThat(progress.get("applied").asInt()).isEqualTo(2);
    assertThat(progress.get("failed").asInt()).isEqualTo(2);
    assertThat(progress.get("rows").get(1).get("message").asText()).contains("vetting");
    assertThat(ProvisioningIT.groups(ProvisioningIT.user(u1).getId()))
        .containsExactly("engineering");
    assertThat(ProvisioningIT.groups(ProvisioningIT.user(u2).getId())).containsExactly("community");
  }

  @Test
  void XIAM_05_aSpreadsheetsCsvUtf8IsImportedAsItIs() throws Exception {
    // saved by a spreadsheet as "CSV UTF-8": byte-order mark, CRLF, its own column order and
    // names, a column Hirewall does not use, a quoted comma and a name in Han characters
    String subject = Vetted.passed(api, "Wang Wei", "standard");
    String name = ProvisioningIT.username("wang");
    String csv =
        "\uFEFFLast Name,First Name,Department,Username,Email,Profile,Subject ID\r\n"
            + "\"Wang, Jr.\",王伟,R&D,"
            + name
            + ","
            + name
            + "@example.org,engineer,"
            + subject
            + "\r\n";
    JsonNode dry = call(api, "/api/provisioning/imports?dryRun=true", csv).json();
    assertThat(dry.get("ignoredColumns").toString()).isEqualTo("[\"Department\"]");
    assertThat(dry.get("rows")).hasSize(1);
    assertThat(dry.get("rows").get(0).get("problems")).as(dry.toString()).isEmpty();

    Api.Reply started = call(api, "/api/provisioning/imports", csv);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asText();
    JsonNode progress = awaitImport(id);
    assertThat(progress.get("applied").asInt()).as(progress.toString()).isEqualTo(1);
    var user = ProvisioningIT.user(name);
    assertThat(user.getLastName()).isEqualTo("Wang, Jr.");
    assertThat(user.getFirstName()).isEqualTo("王伟");
  }

  @Test
  void XIAM_05_anImportWhoseNodeStoppedIsResumedWhereItStopped() throws Exception {
    // the state a node leaves when it dies mid-import: the import RUNNING, its claim lapsed, one
    // row applied and two still QUEUED (as BulkImport records them)
    String done = Vetted.passed(api, "Resume Done", "standard");
    String a = Vetted.passed(api, "Resume One", "standard");
    String b = Vetted.passed(api, "Resume Two", "standard");
    String ua = ProvisioningIT.username("resume1");
    String ub = ProvisioningIT.username("resume2");
    String id = java.util.UUID.randomUUID().toString();
    try (Connection c = HirewallStack.get().database().connect()) {
      ProvisioningIT.exec(
          c,
          "INSERT INTO pv_import (id, state, total, applied, failed, created_by, created_at,"
              + " claimed_by, claim_until) VALUES (?, 'RUNNING', 3, 1, 0, 'it-admin', now(),"
              + " 'dead-node', now() - interval '1 minute')",
          id);
      String row =
          "INSERT INTO pv_import_row (import_id, line, subject_id, username, state, email,"
              + " first_name, last_name, profile) VALUES (?, ?, ?, ?, ?, ?, 'Re', 'Sume',"
              + " 'engineer')";
      insertRow(c, row, id, 2, done, "resume-done-x", "APPLIED");
      insertRow(c, row, id, 3, a, ua, "QUEUED");
      insertRow(c, row, id, 4, b, ub, "QUEUED");
    }
    JsonNode progress = awaitImport(id);
    assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
    assertThat(progress.get("applied").asInt()).isEqualTo(3);
    assertThat(ProvisioningIT.groups(ProvisioningIT.user(ua).getId())).contains("engineering");
    assertThat(ProvisioningIT.groups(ProvisioningIT.user(ub).getId())).contains("engineering");
    assertThat(ProvisioningIT.user("resume-done-x"))
        .as("the row applied before the stop is not applied again")
        .isNull();
  }

  private static void insertRow(
      Connection c, String sql, String id, int line, String subject, String user, String state)
      throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      ps.setInt(2, line);
      ps.setString(3, subject);
      ps.setString(4, user);
      ps.setString(5, state);
      ps.setString(6, user + "@example.org");
      ps.executeUpdate();
    }
  }

  private static Api.Reply call(Api api, String path, String csv) {
    return api.send("POST", path, "it-admin", "text/csv", csv);
  }

  static List<String> query(String sql, String arg) throws Exception {
    try (Connection c = HirewallStack.get().database().connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }
}
