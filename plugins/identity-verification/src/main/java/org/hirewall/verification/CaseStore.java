package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.PluginStore;

/**
 * Vetting cases, recorded checks, liveness challenges and encrypted evidence. Plain JDBC; every
 * method joins the caller's transaction.
 */
@ApplicationScoped
public class CaseStore extends PluginStore {

  /** For CDI. */
  public CaseStore() {
    super("HIREWALL-1002 vetting store");
  }

  /** Outside the server (tests, benchmarks): the same queries on a given data source. */
  public CaseStore(DataSource dataSource) {
    super("HIREWALL-1002 vetting store", dataSource);
  }

  // ---- cases and checks

  public record CaseRow(
      String id,
      String subjectId,
      String tier,
      String reason,
      String openedBy,
      Instant openedAt,
      String signedOffBy,
      Instant signedOffAt) {}

  public void insertCase(CaseRow k) {
    db().update(
            "INSERT INTO iv_case (id, subject_id, tier, reason, opened_by, opened_at) VALUES (?,?,?,?,?,?)",
            k.id(),
            k.subjectId(),
            k.tier(),
            k.reason(),
            k.openedBy(),
            Timestamp.from(k.openedAt()));
  }

  private static final String CASE_COLUMNS =
      "SELECT id, subject_id, tier, reason, opened_by, opened_at, signed_off_by, signed_off_at"
          + " FROM iv_case";

  public Optional<CaseRow> caseById(String id) {
    return cases(CASE_COLUMNS + " WHERE id = ?", id).stream().findFirst();
  }

  /** Every case of a subject, oldest first. */
  public List<CaseRow> casesOf(String subjectId) {
    return cases(CASE_COLUMNS + " WHERE subject_id = ? ORDER BY opened_at, id", subjectId);
  }

  /** The newest case of a subject. */
  public Optional<CaseRow> latestCase(String subjectId) {
    return cases(CASE_COLUMNS + " WHERE subject_id = ? ORDER BY opened_at DESC, id DESC", subjectId)
        .stream()
        .findFirst();
  }

  /** The newest case of each of {@code subjectIds} that has one, by subject id (one query). */
  public Map<String, CaseRow> latestCases(List<String> subjectIds) {
    Map<String, CaseRow> latest = new HashMap<>();
    IdList.list(
            db(),
            CASE_COLUMNS + " WHERE subject_id IN ({ids}) ORDER BY opened_at, id",
            subjectIds,
            CaseStore::caseRow)
        .forEach(c -> latest.put(c.subjectId(), c)); // oldest first: the newest stays
    return latest;
  }

  /** Every check of each of {@code caseIds}, oldest first, by case id (one query). */
  public Map<String, List<CheckRow>> checksOf(List<String> caseIds) {
    Map<String, List<CheckRow>> checks = new HashMap<>();
    IdList.list(
            db(),
            CHECK_COLUMNS + " WHERE case_id IN ({ids}) ORDER BY recorded_at, id",
            caseIds,
            CaseStore::checkRow)
        .forEach(c -> checks.computeIfAbsent(c.caseId(), x -> new ArrayList<>()).add(c));
    return checks;
  }

  public void signOff(String caseId, String by, Instant at) {
    db().update(
            "UPDATE iv_case SET signed_off_by = ?, signed_off_at = ? WHERE id = ?",
            by,
            Timestamp.from(at),
            caseId);
  }

  public record CheckRow(
      String id,
      String caseId,
      String checkType,
      String outcome,
      String reason,
      String notes,
      String findings,
      String challengeId,
      String recordedBy,
      Instant recordedAt) {}

  public void insertCheck(CheckRow r) {
    db().update(
            "INSERT INTO iv_check (id, case_id, check_type, outcome, reason, notes, findings,"
                + " challenge_id, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            r.id(),
            r.caseId(),
            r.checkType(),
            r.outcome(),
            r.reason(),
            r.notes(),
            r.findings(),
            r.challengeId(),
            r.recordedBy(),
            Timestamp.from(r.recordedAt()));
  }

  private static final String CHECK_COLUMNS =
      "SELECT id, case_id, check_type, outcome, reason, notes, findings, challenge_id,"
          + " recorded_by, recorded_at FROM iv_check";

  public List<CheckRow> checks(String caseId) {
    return db().list(
            CHECK_COLUMNS + " WHERE case_id = ? ORDER BY recorded_at, id",
            CaseStore::checkRow,
            caseId);
  }

  private static CheckRow checkRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CheckRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        Jdbc.instant(rs, 10));
  }

  // ---- liveness challenges

  public record ChallengeRow(
      String id,
      String caseId,
      String moves,
      String issuedBy,
      Instant issuedAt,
      Instant expiresAt,
      Instant usedAt) {}

  public void insertChallenge(ChallengeRow ch, String phraseHash) {
    db().update(
            "INSERT INTO iv_challenge (id, case_id, phrase_hash, moves, issued_by, issued_at,"
                + " expires_at) VALUES (?,?,?,?,?,?,?)",
            ch.id(),
            ch.caseId(),
            phraseHash,
            ch.moves(),
            ch.issuedBy(),
            Timestamp.from(ch.issuedAt()),
            Timestamp.from(ch.expiresAt()));
  }

  /** Has this phrase ever been issued? (each phrase is shown once, ever) */
  public boolean phraseUsedBefore(String phraseHash) {
    return !db().strings("SELECT id FROM iv_challenge WHERE phrase_hash = ?", phraseHash).isEmpty();
  }

  /** Marks the challenge used if it is unused and unexpired at {@code now}; false otherwise. */
  public boolean consumeChallenge(String id, String caseId, Instant now) {
    return db().update(
                "UPDATE iv_challenge SET used_at = ? WHERE id = ? AND case_id = ? AND used_at IS NULL"
                    + " AND expires_at > ?",
                Timestamp.from(now),
                id,
                caseId,
                Timestamp.from(now))
        == 1;
  }

  // ---- evidence

  public record EvidenceRow(
      String id,
      String caseId,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {}

  public void insertEvidence(EvidenceRow e, String nonce, byte[] ciphertext) {
    db().update(
            "INSERT INTO iv_evidence (id, case_id, file_name, content_type, size_bytes, sha256, nonce,"
                + " ciphertext, uploaded_by, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            e.id(),
            e.caseId(),
            e.fileName(),
            e.contentType(),
            e.sizeBytes(),
            e.sha256(),
            nonce,
            ciphertext,
            e.uploadedBy(),
            Timestamp.from(e.uploadedAt()));
  }

  public List<EvidenceRow> evidence(String caseId) {
    return db().list(
            "SELECT id, case_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
                + " FROM iv_evidence WHERE case_id = ? ORDER BY uploaded_at, id",
            rs ->
                new EvidenceRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getString(7),
                    Jdbc.instant(rs, 8)),
            caseId);
  }

  private List<CaseRow> cases(String sql, String arg) {
    return db().list(sql, CaseStore::caseRow, arg);
  }

  private static CaseRow caseRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CaseRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        Jdbc.instant(rs, 6),
        rs.getString(7),
        Jdbc.instant(rs, 8));
  }
}
