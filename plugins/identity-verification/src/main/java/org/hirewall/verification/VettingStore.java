package org.hirewall.verification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC over this plugin's tables. Every method joins the caller's transaction; the service
 * decides where transactions begin and end.
 */
@ApplicationScoped
public class VettingStore {

  @Resource(lookup = "java:jboss/datasources/HirewallDS")
  DataSource dataSource;

  /** For CDI. */
  public VettingStore() {}

  /** Outside the server (benchmarks): the same queries on a given data source. */
  public VettingStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  // ---- subjects and identifiers

  public void insertSubject(Subject s, List<Subject.Identifier> identifiers) {
    run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO iv_subject (id, kind, legal_name, claimed_city, claimed_country,"
                      + " time_zone, document_country, sourcing_channel, referrer_id, payout_method,"
                      + " payout_holder, offered_salary, market_band_min, market_band_max,"
                      + " created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.kind());
            ps.setString(3, s.legalName());
            ps.setString(4, s.claimedCity());
            ps.setString(5, s.claimedCountry());
            ps.setString(6, s.timeZone());
            ps.setString(7, s.documentCountry());
            ps.setString(8, s.sourcingChannel());
            ps.setString(9, s.referrerId());
            ps.setString(10, s.payoutMethod());
            ps.setString(11, s.payoutHolder());
            ps.setObject(12, s.offeredSalary());
            ps.setObject(13, s.marketBandMin());
            ps.setObject(14, s.marketBandMax());
            ps.setTimestamp(15, Timestamp.from(s.createdAt()));
            ps.setString(16, s.createdBy());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO iv_identifier (subject_id, kind, value_hash, masked) VALUES (?,?,?,?)")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Subject.Identifier id : identifiers) {
              String hash = Identifiers.hash(id.kind(), id.value());
              if (seen.add(id.kind() + hash)) {
                ps.setString(1, s.id());
                ps.setString(2, id.kind().name());
                ps.setString(3, hash);
                ps.setString(4, Identifiers.mask(id.kind(), id.value()));
                ps.addBatch();
              }
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO iv_profile (subject_id, platform, handle, display_name, email)"
                      + " VALUES (?,?,?,?,?)")) {
            for (Subject.Profile p : s.profiles()) {
              ps.setString(1, s.id());
              ps.setString(2, p.platform());
              ps.setString(3, p.handle());
              ps.setString(4, p.displayName());
              ps.setString(5, p.email());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  public Optional<Subject> subject(String id) {
    return run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, kind, legal_name, claimed_city, claimed_country, time_zone,"
                      + " document_country, sourcing_channel, referrer_id, payout_method,"
                      + " payout_holder, offered_salary, market_band_min, market_band_max,"
                      + " created_at, created_by FROM iv_subject WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Subject(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7),
                      rs.getString(8),
                      rs.getString(9),
                      rs.getString(10),
                      rs.getString(11),
                      (Long) rs.getObject(12, Long.class),
                      (Long) rs.getObject(13, Long.class),
                      (Long) rs.getObject(14, Long.class),
                      rs.getTimestamp(15).toInstant(),
                      rs.getString(16),
                      profiles(c, id)));
            }
          }
        });
  }

  private static List<Subject.Profile> profiles(Connection c, String subjectId)
      throws SQLException {
    List<Subject.Profile> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT platform, handle, display_name, email FROM iv_profile WHERE subject_id = ?"
                + " ORDER BY platform, handle")) {
      ps.setString(1, subjectId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Subject.Profile(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  /** Masked identifiers of a subject, kind → masked values. */
  public List<String[]> identifiers(String subjectId) {
    return run(
        c -> {
          List<String[]> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT kind, masked FROM iv_identifier WHERE subject_id = ? ORDER BY kind, masked")) {
            ps.setString(1, subjectId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
              }
            }
          }
          return out;
        });
  }

  /** A match of one of the subject's identifiers in another subject's record. */
  public record SharedIdentifier(String kind, String masked, String otherSubjectId) {}

  /**
   * Identifiers of {@code subjectId} that other subjects also gave, found by hash through an index.
   */
  public List<SharedIdentifier> sharedIdentifiers(String subjectId) {
    return run(
        c -> {
          List<SharedIdentifier> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT mine.kind, mine.masked, other.subject_id FROM iv_identifier mine"
                      + " JOIN iv_identifier other ON other.kind = mine.kind"
                      + " AND other.value_hash = mine.value_hash AND other.subject_id <> mine.subject_id"
                      + " WHERE mine.subject_id = ? ORDER BY mine.kind, other.subject_id")) {
            ps.setString(1, subjectId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new SharedIdentifier(rs.getString(1), rs.getString(2), rs.getString(3)));
              }
            }
          }
          return out;
        });
  }

  /** Hashes of the e-mail addresses a subject gave. */
  public List<String> emailHashes(String subjectId) {
    return strings(
        "SELECT value_hash FROM iv_identifier WHERE subject_id = ? AND kind = 'EMAIL'", subjectId);
  }

  /** Subjects this one referred. */
  public List<String> referees(String subjectId) {
    return strings("SELECT id FROM iv_subject WHERE referrer_id = ? ORDER BY id", subjectId);
  }

  public List<String> subjectIds(int limit) {
    return run(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id FROM iv_subject ORDER BY created_at DESC, id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
          }
          return out;
        });
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
    update(
        "INSERT INTO iv_case (id, subject_id, tier, reason, opened_by, opened_at) VALUES (?,?,?,?,?,?)",
        k.id(),
        k.subjectId(),
        k.tier(),
        k.reason(),
        k.openedBy(),
        Timestamp.from(k.openedAt()));
  }

  public Optional<CaseRow> caseById(String id) {
    return cases(
            "SELECT id, subject_id, tier, reason, opened_by, opened_at, signed_off_by,"
                + " signed_off_at FROM iv_case WHERE id = ?",
            id)
        .stream()
        .findFirst();
  }

  /** The newest case of a subject. */
  public Optional<CaseRow> latestCase(String subjectId) {
    return cases(
            "SELECT id, subject_id, tier, reason, opened_by, opened_at, signed_off_by,"
                + " signed_off_at FROM iv_case WHERE subject_id = ? ORDER BY opened_at DESC, id DESC",
            subjectId)
        .stream()
        .findFirst();
  }

  public void signOff(String caseId, String by, Instant at) {
    update(
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
    update(
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

  public List<CheckRow> checks(String caseId) {
    return run(
        c -> {
          List<CheckRow> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, case_id, check_type, outcome, reason, notes, findings, challenge_id,"
                      + " recorded_by, recorded_at FROM iv_check WHERE case_id = ?"
                      + " ORDER BY recorded_at, id")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new CheckRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getTimestamp(10).toInstant()));
              }
            }
          }
          return out;
        });
  }

  // ---- red flags

  public record FlagRow(
      String id,
      String subjectId,
      String rule,
      String controls,
      String summary,
      String evidence,
      Instant raisedAt,
      String clearedBy,
      Instant clearedAt,
      String justification) {
    public boolean open() {
      return clearedAt == null;
    }
  }

  /** Inserts the flag unless the same rule already flagged the subject for the same evidence. */
  public boolean raiseFlag(FlagRow f, String evidenceKey) {
    return run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO iv_flag (id, subject_id, rule, evidence_key, controls, summary,"
                      + " evidence, raised_at) SELECT ?,?,?,?,?,?,?,? WHERE NOT EXISTS"
                      + " (SELECT 1 FROM iv_flag WHERE subject_id = ? AND rule = ?"
                      + " AND evidence_key = ?)")) {
            ps.setString(1, f.id());
            ps.setString(2, f.subjectId());
            ps.setString(3, f.rule());
            ps.setString(4, evidenceKey);
            ps.setString(5, f.controls());
            ps.setString(6, f.summary());
            ps.setString(7, f.evidence());
            ps.setTimestamp(8, Timestamp.from(f.raisedAt()));
            ps.setString(9, f.subjectId());
            ps.setString(10, f.rule());
            ps.setString(11, evidenceKey);
            return ps.executeUpdate() == 1;
          }
        });
  }

  public List<FlagRow> flags(String subjectId) {
    return flagQuery(
        "SELECT id, subject_id, rule, controls, summary, evidence, raised_at, cleared_by,"
            + " cleared_at, justification FROM iv_flag WHERE subject_id = ? ORDER BY raised_at, id",
        subjectId);
  }

  public Optional<FlagRow> flag(String id) {
    return flagQuery(
            "SELECT id, subject_id, rule, controls, summary, evidence, raised_at, cleared_by,"
                + " cleared_at, justification FROM iv_flag WHERE id = ?",
            id)
        .stream()
        .findFirst();
  }

  public boolean clearFlag(String id, String by, Instant at, String justification) {
    return update(
            "UPDATE iv_flag SET cleared_by = ?, cleared_at = ?, justification = ?"
                + " WHERE id = ? AND cleared_at IS NULL",
            by,
            Timestamp.from(at),
            justification,
            id)
        == 1;
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
    update(
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
    return !strings("SELECT id FROM iv_challenge WHERE phrase_hash = ?", phraseHash).isEmpty();
  }

  /** Marks the challenge used if it is unused and unexpired at {@code now}; false otherwise. */
  public boolean consumeChallenge(String id, String caseId, Instant now) {
    return update(
            "UPDATE iv_challenge SET used_at = ? WHERE id = ? AND case_id = ? AND used_at IS NULL"
                + " AND expires_at > ?",
            Timestamp.from(now),
            id,
            caseId,
            Timestamp.from(now))
        == 1;
  }

  public Optional<ChallengeRow> challenge(String id) {
    return run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, case_id, moves, issued_by, issued_at, expires_at, used_at"
                      + " FROM iv_challenge WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              Timestamp used = rs.getTimestamp(7);
              return Optional.of(
                  new ChallengeRow(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getTimestamp(5).toInstant(),
                      rs.getTimestamp(6).toInstant(),
                      used == null ? null : used.toInstant()));
            }
          }
        });
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
    update(
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
    return run(
        c -> {
          List<EvidenceRow> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, case_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
                      + " uploaded_at FROM iv_evidence WHERE case_id = ? ORDER BY uploaded_at, id")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new EvidenceRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()));
              }
            }
          }
          return out;
        });
  }

  // ---- plumbing

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T run(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("HIREWALL-1002 vetting store: " + e.getMessage(), e);
    }
  }

  private int update(String sql, Object... args) {
    return run(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
          }
        });
  }

  private List<String> strings(String sql, String arg) {
    return run(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
          }
          return out;
        });
  }

  private List<CaseRow> cases(String sql, String arg) {
    return run(
        c -> {
          List<CaseRow> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Timestamp signed = rs.getTimestamp(8);
                out.add(
                    new CaseRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        signed == null ? null : signed.toInstant()));
              }
            }
          }
          return out;
        });
  }

  private List<FlagRow> flagQuery(String sql, String arg) {
    return run(
        c -> {
          List<FlagRow> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Timestamp cleared = rs.getTimestamp(9);
                out.add(
                    new FlagRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8),
                        cleared == null ? null : cleared.toInstant(),
                        rs.getString(10)));
              }
            }
          }
          return out;
        });
  }
}
