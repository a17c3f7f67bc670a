package org.hirewall.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.h2.jdbcx.JdbcDataSource;
import org.hirewall.core.persistence.Migrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain rules on the embedded database (the zero-setup default), migrated by the real scripts.
 * The same rules are proven on PostgreSQL against the running server in AuditTamperIT.
 */
class AuditStoreTest {

  @TempDir Path keys;
  private Connection c;
  private final AuditStore store = new AuditStore(Clock.systemUTC());
  private CheckpointSigner signer;

  @BeforeEach
  void migrate() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Migrations.migrate(ds, "core");
    c = ds.getConnection();
    signer = CheckpointSigner.loadOrCreate(keys);
  }

  private void append(int n) throws SQLException {
    for (int i = 0; i < n; i++) {
      store.append(
          c,
          new AuditEntry(
              "it-admin",
              "it-admin",
              "test.action",
              "s-" + i,
              "ORG-01",
              "success",
              AuditChain.sha256Hex("p" + i)));
    }
    store.seal(c);
  }

  @Test
  void XFOR_01_appendedRecordsChainAndVerify() throws SQLException {
    append(5);
    store.checkpoint(c, signer);
    ChainVerification v = store.verify(c, signer);
    assertThat(v.intact()).isTrue();
    assertThat(v.recordsChecked()).isEqualTo(5);
    assertThat(v.checkpointsChecked()).isEqualTo(1);
    assertThat(v.unsignedRecords()).isZero();
    assertThat(v.pendingRecords()).isZero();
    assertThat(store.list(c, 2, 10)).extracting(AuditRecord::seq).containsExactly(2L, 3L, 4L, 5L);
  }

  @Test
  void ir_2_1_4_aTailCutTogetherWithItsCheckpointsIsCaughtByTheAnchor() throws SQLException {
    AuditAnchor anchor = new AuditAnchor(keys);
    for (int round = 0; round < 3; round++) {
      append(3);
      ChainVerifier.Checkpoint cp = store.sign(c, signer);
      anchor.append(cp.seq(), cp.recordHash(), cp.signature());
    }
    assertThat(store.verify(c, signer, anchor.entries()).intact()).isTrue();
    assertThat(anchor.entries())
        .extracting(ChainVerifier.Checkpoint::seq)
        .containsExactly(3L, 6L, 9L);

    // someone with database access deletes the last checkpoint only
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM audit_checkpoint WHERE seq = 9");
    }
    ChainVerification deleted = store.verify(c, signer, anchor.entries());
    assertThat(deleted.intact()).isFalse();
    assertThat(deleted.firstBrokenSeq()).isEqualTo(9);
    assertThat(deleted.problem()).contains("anchor file", "deleted");

    // ... then cuts the tail after 5 and moves the head there: the database alone says intact
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM audit_checkpoint WHERE seq > 5");
      s.executeUpdate("DELETE FROM audit_record WHERE seq > 5");
      s.executeUpdate(
          "UPDATE audit_head SET last_seq = 5, last_hash ="
              + " (SELECT record_hash FROM audit_record WHERE seq = 5)");
    }
    assertThat(store.verify(c, signer).intact()).as("without the anchor").isTrue();
    ChainVerification cut = store.verify(c, signer, anchor.entries());
    assertThat(cut.intact()).isFalse();
    assertThat(cut.firstBrokenSeq()).isEqualTo(6);
    assertThat(cut.problem()).contains("anchor");
    assertThat(cut.anchoredSeq()).isEqualTo(9);
  }

  @Test
  void pendingRecordsAreSealedInEntryOrderAndCounted() throws SQLException {
    append(2);
    long a =
        store.append(
            c,
            new AuditEntry(
                "b", "auditor", "x", "late", "ORG-01", "success", AuditChain.sha256Hex("d")));
    assertThat(store.verify(c, signer).pendingRecords()).isEqualTo(1);
    assertThat(store.seal(c)).isEqualTo(1);
    assertThat(store.seal(c)).isZero();
    ChainVerification v = store.verify(c, signer);
    assertThat(v.intact()).as(v.toString()).isTrue();
    assertThat(v.lastSeq()).isEqualTo(3);
    assertThat(v.pendingRecords()).isZero();
    assertThat(store.list(c, 3, 1).get(0).subject()).isEqualTo("late");
    assertThat(a).isPositive();
  }

  @Test
  void ir_2_1_4_anEditedRecordBreaksAtItsSeq() throws SQLException {
    append(5);
    exec("UPDATE audit_record SET subject = 'someone-else' WHERE seq = 3");
    ChainVerification v = store.verify(c, signer);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(3L);
  }

  @Test
  void ir_2_1_4_aDeletedHeadIsNamedNotAnError() throws SQLException {
    append(4);
    exec("DELETE FROM audit_head");
    ChainVerification v = store.verify(c, signer);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(5);
    assertThat(v.problem()).contains("head is missing");
    assertThat(v.recordsChecked()).isEqualTo(4);
  }

  @Test
  void ir_2_1_4_aRecomputedChainIsCaughtByTheSignedCheckpoint() throws SQLException {
    append(4);
    store.checkpoint(c, signer);
    // rewrite record 2 and recompute every hash after it, as an attacker knowing the rule would
    exec("UPDATE audit_record SET actor = 'mallory' WHERE seq = 2");
    String prev = store.list(c, 1, 1).get(0).recordHash();
    for (AuditRecord r : store.list(c, 2, 10)) {
      AuditRecord relinked = r.chainedTo(prev);
      prev = relinked.recordHash();
      exec(
          "UPDATE audit_record SET prev_hash = '"
              + relinked.prevHash()
              + "', record_hash = '"
              + prev
              + "' WHERE seq = "
              + r.seq());
    }
    exec("UPDATE audit_head SET last_hash = '" + prev + "'");
    ChainVerification v = store.verify(c, signer);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(4L);
    assertThat(v.problem()).contains("checkpoint");
  }

  @Test
  void aCheckpointFromAnotherKeyIsRejected(@TempDir Path otherKeys) throws SQLException {
    append(2);
    store.checkpoint(c, CheckpointSigner.loadOrCreate(otherKeys));
    ChainVerification v = store.verify(c, signer);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(2L);
  }

  @Test
  void theSigningKeySurvivesARestart() {
    CheckpointSigner again = CheckpointSigner.loadOrCreate(keys);
    assertThat(again.keyId()).isEqualTo(signer.keyId());
    assertThat(again.verify(7, "abc", signer.sign(7, "abc"))).isTrue();
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
