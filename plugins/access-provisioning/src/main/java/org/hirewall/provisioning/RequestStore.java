package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.PluginStore;

/** Requests for privileged access and their decisions; drift found in Keycloak. */
@ApplicationScoped
public class RequestStore extends PluginStore {

  /** For CDI. */
  public RequestStore() {
    super("HIREWALL-1103 request store");
  }

  /** Outside the server (tests, benchmarks): the same queries on a given data source. */
  public RequestStore(DataSource dataSource) {
    super("HIREWALL-1103 request store", dataSource);
  }

  public record Request(
      String id,
      String subjectId,
      String entitlement,
      int hours,
      String justification,
      String requestedBy,
      Instant requestedAt,
      String state,
      String decidedBy,
      Instant decidedAt,
      String decision) {}

  public record Drift(
      String id,
      String subjectId,
      String username,
      String entitlement,
      Instant foundAt,
      Instant revertedAt) {}

  public void insert(Request r) {
    db().update(
            "INSERT INTO pv_request (id, subject_id, entitlement, hours, justification, requested_by,"
                + " requested_at, state) VALUES (?,?,?,?,?,?,?,?)",
            r.id(),
            r.subjectId(),
            r.entitlement(),
            r.hours(),
            r.justification(),
            r.requestedBy(),
            Timestamp.from(r.requestedAt()),
            r.state());
  }

  private static final String REQUEST_COLUMNS =
      "SELECT id, subject_id, entitlement, hours, justification, requested_by, requested_at,"
          + " state, decided_by, decided_at, decision FROM pv_request";

  public Optional<Request> request(String id) {
    return db().list(REQUEST_COLUMNS + " WHERE id = ?", RequestStore::row, id).stream().findFirst();
  }

  /** The newest requests, pending ones first: the approver's queue and its history. */
  public List<Request> recent(int limit) {
    return db().list(
            REQUEST_COLUMNS
                + " ORDER BY CASE WHEN state = 'PENDING' THEN 0 ELSE 1 END, requested_at DESC, id"
                + " LIMIT ?",
            RequestStore::row,
            limit);
  }

  private static Request row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Request(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getInt(4),
        rs.getString(5),
        rs.getString(6),
        Jdbc.instant(rs, 7),
        rs.getString(8),
        rs.getString(9),
        Jdbc.instant(rs, 10),
        rs.getString(11));
  }

  /** Decides a pending request; false when it was decided already. */
  public boolean decide(String id, String state, String by, Instant at, String decision) {
    return db().update(
                "UPDATE pv_request SET state = ?, decided_by = ?, decided_at = ?, decision = ?"
                    + " WHERE id = ? AND state = 'PENDING'",
                state,
                by,
                Timestamp.from(at),
                decision,
                id)
        == 1;
  }

  /** Records drift unless the same membership is already reported and not reverted. */
  public boolean recordDrift(Drift d) {
    return db().update(
                "INSERT INTO pv_drift (id, subject_id, username, entitlement, found_at)"
                    + " SELECT ?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM pv_drift WHERE subject_id = ?"
                    + " AND entitlement = ? AND reverted_at IS NULL)",
                d.id(),
                d.subjectId(),
                d.username(),
                d.entitlement(),
                Timestamp.from(d.foundAt()),
                d.subjectId(),
                d.entitlement())
        == 1;
  }

  public void markReverted(String subjectId, String entitlement, Instant at) {
    db().update(
            "UPDATE pv_drift SET reverted_at = ? WHERE subject_id = ? AND entitlement = ?"
                + " AND reverted_at IS NULL",
            Timestamp.from(at),
            subjectId,
            entitlement);
  }

  public List<Drift> drift() {
    return db().list(
            "SELECT id, subject_id, username, entitlement, found_at, reverted_at FROM pv_drift"
                + " ORDER BY found_at DESC, id",
            rs ->
                new Drift(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    Jdbc.instant(rs, 5),
                    Jdbc.instant(rs, 6)));
  }
}
