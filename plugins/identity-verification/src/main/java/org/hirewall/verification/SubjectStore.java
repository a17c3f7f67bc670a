package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.PluginStore;

/**
 * Subjects, their hashed identifiers and the profiles they gave. Plain JDBC; every method joins the
 * caller's transaction.
 */
@ApplicationScoped
public class SubjectStore extends PluginStore {

  @jakarta.inject.Inject IdentifierKey keys;
  private byte[] fixedKey;

  /** For CDI. */
  public SubjectStore() {
    super("HIREWALL-1002 vetting store");
  }

  /** Outside the server (tests, benchmarks): the same queries on a given data source and key. */
  public SubjectStore(DataSource dataSource, byte[] identifierKey) {
    super("HIREWALL-1002 vetting store", dataSource);
    this.fixedKey = identifierKey;
  }

  /** The keyed hash an identifier is stored and compared by. */
  public String identifierHash(Identifiers.Kind kind, String value) {
    return Identifiers.hash(fixedKey != null ? fixedKey : keys.get(), kind, value);
  }

  // ---- subjects and identifiers

  public void insertSubject(Subject s, List<Subject.Identifier> identifiers) {
    db().run(
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
                  String hash = identifierHash(id.kind(), id.value());
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
    return db().run(
            c -> {
              List<Subject.Profile> profiles = profiles(c, id);
              return Jdbc.query(
                      c,
                      "SELECT id, kind, legal_name, claimed_city, claimed_country, time_zone,"
                          + " document_country, sourcing_channel, referrer_id, payout_method,"
                          + " payout_holder, offered_salary, market_band_min, market_band_max,"
                          + " created_at, created_by FROM iv_subject WHERE id = ?",
                      rs ->
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
                              rs.getObject(12, Long.class),
                              rs.getObject(13, Long.class),
                              rs.getObject(14, Long.class),
                              Jdbc.instant(rs, 15),
                              rs.getString(16),
                              profiles),
                      id)
                  .stream()
                  .findFirst();
            });
  }

  private static List<Subject.Profile> profiles(Connection c, String subjectId)
      throws SQLException {
    return Jdbc.query(
        c,
        "SELECT platform, handle, display_name, email FROM iv_profile WHERE subject_id = ?"
            + " ORDER BY platform, handle",
        rs ->
            new Subject.Profile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        subjectId);
  }

  /** A subject as a list shows it. */
  public record Listed(
      String id, String kind, String legalName, String claimedCountry, Instant createdAt) {}

  /**
   * The newest subjects whose legal name contains {@code text} (any case; all when blank), newest
   * first.
   */
  public List<Listed> search(String text, int limit) {
    String like = "%" + (text == null ? "" : text.toLowerCase(java.util.Locale.ROOT)) + "%";
    return db().list(
            "SELECT id, kind, legal_name, claimed_country, created_at FROM iv_subject"
                + " WHERE LOWER(legal_name) LIKE ? ORDER BY created_at DESC, id LIMIT ?",
            rs ->
                new Listed(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    Jdbc.instant(rs, 5)),
            like,
            limit);
  }

  /** Legal names of subjects by id (one query). */
  public java.util.Map<String, String> names(List<String> ids) {
    return IdList.byId(
        db(),
        "SELECT id, legal_name FROM iv_subject WHERE id IN ({ids})",
        ids,
        rs -> rs.getString(2));
  }

  /** Masked identifiers of a subject, kind → masked values. */
  public List<String[]> identifiers(String subjectId) {
    return db().list(
            "SELECT kind, masked FROM iv_identifier WHERE subject_id = ? ORDER BY kind, masked",
            rs -> new String[] {rs.getString(1), rs.getString(2)},
            subjectId);
  }

  /** A match of one of the subject's identifiers in another subject's record. */
  public record SharedIdentifier(String kind, String masked, String otherSubjectId) {}

  /**
   * Identifiers of {@code subjectId} that other subjects also gave, found by hash through an index.
   */
  public List<SharedIdentifier> sharedIdentifiers(String subjectId) {
    return db().list(
            "SELECT mine.kind, mine.masked, other.subject_id FROM iv_identifier mine"
                + " JOIN iv_identifier other ON other.kind = mine.kind"
                + " AND other.value_hash = mine.value_hash AND other.subject_id <> mine.subject_id"
                + " WHERE mine.subject_id = ? ORDER BY mine.kind, other.subject_id",
            rs -> new SharedIdentifier(rs.getString(1), rs.getString(2), rs.getString(3)),
            subjectId);
  }

  /** Hashes of the e-mail addresses a subject gave. */
  public List<String> emailHashes(String subjectId) {
    return db().strings(
            "SELECT value_hash FROM iv_identifier WHERE subject_id = ? AND kind = 'EMAIL'",
            subjectId);
  }

  /** Subjects this one referred. */
  public List<String> referees(String subjectId) {
    return db().strings("SELECT id FROM iv_subject WHERE referrer_id = ? ORDER BY id", subjectId);
  }
}
