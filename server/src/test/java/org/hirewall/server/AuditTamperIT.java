package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.hirewall.testkit.Pdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is tamper-evident (ir-2.1.4, XFOR-01): records are edited, deleted, inserted and
 * reordered directly in PostgreSQL, and {@code POST /api/audit/verify} names the first broken
 * record each time; undone, the trail verifies again.
 */
@ExtendWith(HirewallStack.class)
class AuditTamperIT {

  private static final Api api = HirewallStack.get().api();

  @BeforeAll
  static void someHistory() {
    for (int i = 0; i < 8; i++) {
      assertThat(api.post("/api/audit/checkpoints", "security-officer", null).status())
          .isEqualTo(200);
    }
  }

  @Test
  void ir_2_1_4_anUntouchedTrailVerifies() {
    JsonNode v = verify();
    assertThat(v.get("intact").asBoolean()).isTrue();
    assertThat(v.get("firstBrokenSeq").isNull()).isTrue();
    assertThat(v.get("recordsChecked").asLong()).isGreaterThanOrEqualTo(9);
    assertThat(v.get("checkpointsChecked").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void XFOR_01_checkpointsAreSignedByTheServerKey() {
    Api.Reply r = api.get("/api/audit/checkpoints?limit=5", "auditor");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().size()).isBetween(1, 5);
    JsonNode newest = r.json().get(0);
    assertThat(newest.get("recordHash").asText()).hasSize(64);
    assertThat(newest.get("keyId").asText()).hasSize(16);
    assertThat(newest.get("signature").asText()).isNotBlank();
  }

  @Test
  void ir_2_1_4_anEditedRecordIsNamed() throws SQLException {
    try (Connection c = db()) {
      String actor = queryString(c, "SELECT actor FROM audit_record WHERE seq = 4");
      update(c, "UPDATE audit_record SET actor = 'mallory' WHERE seq = 4");
      assertBrokenAt(4);
      update(c, "UPDATE audit_record SET actor = ? WHERE seq = 4", actor);
      assertIntact();
    }
  }

  @Test
  void ir_2_1_4_aDeletedRecordIsNamed() throws SQLException {
    try (Connection c = db()) {
      update(c, "CREATE TABLE saved AS SELECT * FROM audit_record WHERE seq = 5");
      update(c, "DELETE FROM audit_record WHERE seq = 5");
      assertBrokenAt(5);
      update(c, "INSERT INTO audit_record SELECT * FROM saved");
      update(c, "DROP TABLE saved");
      assertIntact();
    }
  }

  @Test
  void ir_2_1_4_reorderedRecordsAreNamed() throws SQLException {
    try (Connection c = db()) {
      swap(c, 6, 7);
      assertBrokenAt(6);
      swap(c, 6, 7);
      assertIntact();
    }
  }

  @Test
  void ir_2_1_4_anInsertedRecordIsNamed() throws SQLException {
    try (Connection c = db()) {
      long last = queryLong(c, "SELECT MAX(seq) FROM audit_record");
      forgeRecordAt3(c);
      assertBrokenAt(3);
      removeForgedRecord(c);
      assertThat(queryLong(c, "SELECT MAX(seq) FROM audit_record")).isEqualTo(last);
      assertIntact();
    }
  }

  /**
   * An auditor asks for the extract exactly when the trail was tampered with: it must print the
   * broken chain, not fail. A forged record that shifts the sequence also stops new records from
   * being sealed onto the chain (their next number is taken), which the extract's reads survive.
   */
  @Test
  void ir_2_1_4_XFOR_01_anAuditExtractOfATamperedTrailSaysWhereItBroke() throws Exception {
    try (Connection c = db()) {
      forgeRecordAt3(c);
      try {
        assertThat(extractText())
            .contains("Audit-trail extract", "BROKEN at record 3", "inserted or reordered");
      } finally {
        removeForgedRecord(c);
      }
      assertIntact(); // and what waited meanwhile is sealed onto the restored chain
    }
  }

  @Test
  void ir_2_1_4_aDeletedChainHeadIsNamedAndTheExtractStillPrints() throws Exception {
    try (Connection c = db()) {
      update(c, "CREATE TABLE saved_head AS SELECT * FROM audit_head");
      update(c, "DELETE FROM audit_head");
      long last = queryLong(c, "SELECT MAX(seq) FROM audit_record"); // nothing is sealed now
      try {
        JsonNode v = verify();
        assertThat(v.get("intact").asBoolean()).as(v.toString()).isFalse();
        assertThat(v.get("firstBrokenSeq").asLong()).isEqualTo(last + 1);
        assertThat(v.get("problem").asText()).contains("head is missing");
        assertThat(extractText()).contains("BROKEN at record " + (last + 1), "head is missing");
      } finally {
        update(c, "INSERT INTO audit_head SELECT * FROM saved_head");
        update(c, "DROP TABLE saved_head");
      }
      assertIntact();
    }
  }

  @Test
  void ir_2_1_4_aTruncatedTrailIsNamed() throws SQLException {
    try (Connection c = db()) {
      long last = queryLong(c, "SELECT MAX(seq) FROM audit_record");
      update(c, "CREATE TABLE saved_tail AS SELECT * FROM audit_record WHERE seq = " + last);
      update(c, "DELETE FROM audit_record WHERE seq = " + last);
      assertBrokenAt(last);
      update(c, "INSERT INTO audit_record SELECT * FROM saved_tail");
      update(c, "DROP TABLE saved_tail");
      assertIntact();
    }
  }

  @Test
  void ir_2_1_4_XFOR_01_aTailCutWithItsCheckpointsIsCaughtByTheAnchorFile() throws SQLException {
    // the attack the anchor is for: delete the trailing checkpoints and records in PostgreSQL and
    // move the head back, so the chain in the database is consistent again
    assertThat(api.post("/api/audit/checkpoints", "security-officer", null).status())
        .isEqualTo(200);
    try (Connection c = db()) {
      long anchored = queryLong(c, "SELECT MAX(seq) FROM audit_checkpoint");
      long cut = anchored - 3;
      String cutHash = queryString(c, "SELECT record_hash FROM audit_record WHERE seq = " + cut);
      update(c, "CREATE TABLE cut_records AS SELECT * FROM audit_record WHERE seq > " + cut);
      update(
          c, "CREATE TABLE cut_checkpoints AS SELECT * FROM audit_checkpoint WHERE seq > " + cut);
      update(c, "CREATE TABLE cut_head AS SELECT * FROM audit_head");
      try {
        update(c, "DELETE FROM audit_checkpoint WHERE seq > " + cut);
        update(c, "DELETE FROM audit_record WHERE seq > " + cut);
        update(c, "UPDATE audit_head SET last_seq = ?, last_hash = ?", cut, cutHash);
        JsonNode v = verify();
        assertThat(v.get("intact").asBoolean()).as(v.toString()).isFalse();
        assertThat(v.get("firstBrokenSeq").asLong()).as(v.toString()).isEqualTo(cut + 1);
        assertThat(v.get("problem").asText()).contains("anchor");
        assertThat(v.get("anchoredSeq").asLong()).isGreaterThanOrEqualTo(anchored);
      } finally {
        update(c, "DELETE FROM audit_checkpoint WHERE seq > " + cut);
        update(c, "DELETE FROM audit_record WHERE seq > " + cut);
        update(c, "INSERT INTO audit_record SELECT * FROM cut_records");
        update(c, "INSERT INTO audit_checkpoint SELECT * FROM cut_checkpoints");
        update(c, "DELETE FROM audit_head");
        update(c, "INSERT INTO audit_head SELECT * FROM cut_head");
        update(c, "DROP TABLE cut_records");
        update(c, "DROP TABLE cut_checkpoints");
        update(c, "DROP TABLE cut_head");
      }
      assertIntact();
    }
  }

  /** The text of the audit-trail extract PDF from yesterday on, as an auditor downloads it. */
  private static String extractText() throws Exception {
    Api.Download pdf =
        api.bytes(
            "GET",
            "/api/reports/audit-extract/pdf?from="
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1),
            "auditor",
            null);
    assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
    return Pdf.text(pdf.body());
  }

  /** Makes room at 3 and forges a record there, as someone adding a row with SQL would. */
  private static void forgeRecordAt3(Connection c) throws SQLException {
    update(c, "UPDATE audit_record SET seq = -seq - 1 WHERE seq >= 3");
    update(c, "UPDATE audit_record SET seq = -seq WHERE seq < 0");
    update(
        c,
        "INSERT INTO audit_record (seq, occurred_at, actor, actor_role, action, subject,"
            + " controls, outcome, payload_digest, prev_hash, record_hash)"
            + " SELECT 3, occurred_at, 'mallory', actor_role, 'grant.applied', subject, controls,"
            + " outcome, payload_digest, prev_hash, record_hash FROM audit_record WHERE seq = 2");
  }

  /** Undoes {@link #forgeRecordAt3}. */
  private static void removeForgedRecord(Connection c) throws SQLException {
    update(c, "DELETE FROM audit_record WHERE seq = 3");
    update(c, "UPDATE audit_record SET seq = -(seq - 1) WHERE seq > 3");
    update(c, "UPDATE audit_record SET seq = -seq WHERE seq < 0");
  }

  private static void swap(Connection c, long a, long b) throws SQLException {
    update(c, "UPDATE audit_record SET seq = -1 WHERE seq = " + a);
    update(c, "UPDATE audit_record SET seq = " + a + " WHERE seq = " + b);
    update(c, "UPDATE audit_record SET seq = " + b + " WHERE seq = -1");
  }

  private static JsonNode verify() {
    Api.Reply r = api.post("/api/audit/verify", "auditor", null);
    assertThat(r.status()).isEqualTo(200);
    return r.json();
  }

  private static void assertBrokenAt(long seq) {
    JsonNode v = verify();
    assertThat(v.get("intact").asBoolean()).as(v.toString()).isFalse();
    assertThat(v.get("firstBrokenSeq").asLong()).as(v.toString()).isEqualTo(seq);
  }

  private static void assertIntact() {
    JsonNode v = verify();
    assertThat(v.get("intact").asBoolean()).as(v.toString()).isTrue();
  }

  private static Connection db() throws SQLException {
    return HirewallStack.get().database().connect();
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private static String queryString(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long queryLong(Connection c, String sql) throws SQLException {
    return Long.parseLong(queryString(c, sql));
  }
}
