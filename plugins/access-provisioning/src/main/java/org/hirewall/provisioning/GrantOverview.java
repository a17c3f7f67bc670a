package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.PluginStore;

/**
 * The dashboard's view of access: live grants per entitlement and risk, grants that end soon, and
 * privileged requests waiting for a decision.
 */
@ApplicationScoped
public class GrantOverview extends PluginStore {

  /** For CDI. */
  public GrantOverview() {
    super("HIREWALL-1104 grant overview");
  }

  /** Outside the server (tests, benchmarks): the same queries on a given data source. */
  public GrantOverview(DataSource dataSource) {
    super("HIREWALL-1104 grant overview", dataSource);
  }

  /** Live grants of one entitlement. */
  public record Held(String entitlement, boolean privileged, long grants) {}

  /** A live grant that ends before the horizon. */
  public record Ending(
      String subjectId,
      String username,
      String entitlement,
      boolean privileged,
      Instant expiresAt) {}

  public record Summary(
      List<Held> active, List<Ending> endingSoon, long pendingRequests, Instant horizon) {}

  public Summary summary(Instant now, Instant horizon, int limit) {
    List<Held> active =
        db().list(
                "SELECT entitlement, privileged, COUNT(*) FROM pv_grant WHERE state = 'ACTIVE'"
                    + " GROUP BY entitlement, privileged ORDER BY privileged DESC, entitlement",
                rs -> new Held(rs.getString(1), rs.getBoolean(2), rs.getLong(3)));
    List<Ending> ending =
        db().list(
                "SELECT g.subject_id, a.username, g.entitlement, g.privileged, g.expires_at"
                    + " FROM pv_grant g JOIN pv_account a ON a.subject_id = g.subject_id"
                    + " WHERE g.state = 'ACTIVE' AND g.expires_at >= ? AND g.expires_at < ?"
                    + " ORDER BY g.expires_at, g.id LIMIT ?",
                rs ->
                    new Ending(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        Jdbc.instant(rs, 5)),
                Timestamp.from(now),
                Timestamp.from(horizon),
                limit);
    long pending =
        db().list("SELECT COUNT(*) FROM pv_request WHERE state = 'PENDING'", rs -> rs.getLong(1))
            .get(0);
    return new Summary(active, ending, pending, horizon);
  }
}
