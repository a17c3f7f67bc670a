package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.PluginStore;

/** Accounts and grants: what Hirewall gave whom, from when, until when, and who ended it. */
@ApplicationScoped
public class GrantStore extends PluginStore {

  /** For CDI. */
  public GrantStore() {
    super("HIREWALL-1102 grant store");
  }

  /** Outside the server (tests, benchmarks): the same queries on a given data source. */
  public GrantStore(DataSource dataSource) {
    super("HIREWALL-1102 grant store", dataSource);
  }

  public record Account(String subjectId, String username, String keycloakId, String profile) {}

  private static final Jdbc.Row<Account> ACCOUNT =
      rs -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));

  public record Grant(
      String id,
      String subjectId,
      String entitlement,
      boolean privileged,
      String source,
      String state,
      String grantedBy,
      Instant grantedAt,
      Instant expiresAt,
      String endedBy,
      Instant endedAt) {}

  public Optional<Account> account(String subjectId) {
    return db()
        .list(
            "SELECT subject_id, username, keycloak_id, profile FROM pv_account WHERE subject_id = ?",
            ACCOUNT,
            subjectId)
        .stream()
        .findFirst();
  }

  public Optional<Account> accountByUsername(String username) {
    return db()
        .list(
            "SELECT subject_id, username, keycloak_id, profile FROM pv_account"
                + " WHERE LOWER(username) = ?",
            ACCOUNT,
            username)
        .stream()
        .findFirst();
  }

  /** Every account that has a Keycloak user. */
  public List<Account> accounts() {
    return db().list(
            "SELECT subject_id, username, keycloak_id, profile FROM pv_account"
                + " WHERE keycloak_id IS NOT NULL ORDER BY username",
            ACCOUNT);
  }

  public void insertAccount(Account a, String by, Instant at) {
    db().update(
            "INSERT INTO pv_account (subject_id, username, keycloak_id, profile, created_by, created_at)"
                + " VALUES (?,?,?,?,?,?)",
            a.subjectId(),
            a.username(),
            a.keycloakId(),
            a.profile(),
            by,
            Timestamp.from(at));
  }

  public void setKeycloakId(String subjectId, String keycloakId, String profile) {
    db().update(
            "UPDATE pv_account SET keycloak_id = ?, profile = ? WHERE subject_id = ?",
            keycloakId,
            profile,
            subjectId);
  }

  /** An account row read for an apply, with the revocation run that ended it, if one did. */
  public record LockedAccount(Account account, String revokedByRun) {}

  /**
   * The account of {@code subjectId} and the account holding {@code username} (one row, two, or
   * none), locked until the transaction ends: grants of one subject are planned one request at a
   * time, and a username cannot change hands meanwhile. One round trip for what apply must know.
   */
  public List<LockedAccount> lockForApply(String subjectId, String username) {
    return db().list(
            "SELECT subject_id, username, keycloak_id, profile, revoked_by_run FROM pv_account"
                + " WHERE subject_id = ? OR LOWER(username) = ? FOR UPDATE",
            rs -> new LockedAccount(ACCOUNT.map(rs), rs.getString(5)),
            subjectId,
            username);
  }

  /** Locks the account row: grants of one subject are planned one request at a time. */
  public void lock(String subjectId) {
    db().list(
            "SELECT subject_id FROM pv_account WHERE subject_id = ? FOR UPDATE",
            rs -> 1,
            subjectId);
  }

  /** Inserts grants in one batch (one round trip). */
  public void insertGrants(List<Grant> gs) {
    if (gs.isEmpty()) {
      return;
    }
    db().run(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO pv_grant (id, subject_id, entitlement, privileged, source,"
                          + " state, granted_by, granted_at, expires_at) VALUES"
                          + " (?,?,?,?,?,?,?,?,?)")) {
                for (Grant g : gs) {
                  ps.setString(1, g.id());
                  ps.setString(2, g.subjectId());
                  ps.setString(3, g.entitlement());
                  ps.setBoolean(4, g.privileged());
                  ps.setString(5, g.source());
                  ps.setString(6, g.state());
                  ps.setString(7, g.grantedBy());
                  ps.setTimestamp(8, Timestamp.from(g.grantedAt()));
                  ps.setTimestamp(9, Timestamp.from(g.expiresAt()));
                  ps.addBatch();
                }
                return ps.executeBatch();
              }
            });
  }

  /**
   * Marks PENDING grants ACTIVE in one batch; for each, whether this call activated it (false when
   * it was no longer PENDING).
   */
  public boolean[] activateAll(List<String> grantIds) {
    int[] counts =
        grantIds.isEmpty()
            ? new int[0]
            : db().run(
                    c -> {
                      try (PreparedStatement ps =
                          c.prepareStatement(
                              "UPDATE pv_grant SET state = 'ACTIVE', claimed_by = NULL,"
                                  + " claimed_until = NULL WHERE id = ? AND state = 'PENDING'")) {
                        for (String id : grantIds) {
                          ps.setString(1, id);
                          ps.addBatch();
                        }
                        return ps.executeBatch();
                      }
                    });
    boolean[] activated = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      activated[i] = counts[i] == 1;
    }
    return activated;
  }

  /** Grants of a subject that are pending or active (what the subject should hold). */
  public List<Grant> liveGrants(String subjectId) {
    return grants("WHERE subject_id = ? AND state IN ('PENDING', 'ACTIVE')", subjectId);
  }

  /** A live grant as the access inventory lists it, with the request that approved it. */
  public record Holding(
      String grantId,
      String username,
      String subjectId,
      String profile,
      String entitlement,
      boolean privileged,
      String state,
      String source,
      String grantedBy,
      Instant grantedAt,
      Instant expiresAt,
      String requestedBy,
      String approvedBy) {}

  /**
   * Live grants after {@code (afterUsername, afterGrantId)} in username order, optionally only of
   * one profile or one entitlement: one page of the access inventory.
   */
  public List<Holding> holdings(
      String profile, String entitlement, String afterUsername, String afterGrantId, int limit) {
    return db().list(
            "SELECT g.id, a.username, a.subject_id, a.profile, g.entitlement, g.privileged,"
                + " g.state, g.source, g.granted_by, g.granted_at, g.expires_at,"
                + " r.requested_by, r.decided_by"
                + " FROM pv_grant g JOIN pv_account a ON a.subject_id = g.subject_id"
                + " LEFT JOIN pv_request r ON g.source = 'request:' || r.id"
                + " WHERE g.state IN ('PENDING', 'ACTIVE')"
                + " AND (CAST(? AS VARCHAR(60)) IS NULL OR a.profile = ?)"
                + " AND (CAST(? AS VARCHAR(120)) IS NULL OR g.entitlement = ?)"
                + " AND (a.username > ? OR (a.username = ? AND g.id > ?))"
                + " ORDER BY a.username, g.id LIMIT ?",
            rs ->
                new Holding(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBoolean(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    Jdbc.instant(rs, 10),
                    Jdbc.instant(rs, 11),
                    rs.getString(12),
                    rs.getString(13)),
            profile,
            profile,
            entitlement,
            entitlement,
            afterUsername,
            afterUsername,
            afterGrantId,
            limit);
  }

  /** Live grants of the same filter counted per profile and risk. */
  public record HoldingCount(String profile, boolean privileged, long grants) {}

  public List<HoldingCount> countHoldings(String profile, String entitlement) {
    return db().list(
            "SELECT a.profile, g.privileged, COUNT(*) FROM pv_grant g"
                + " JOIN pv_account a ON a.subject_id = g.subject_id"
                + " WHERE g.state IN ('PENDING', 'ACTIVE')"
                + " AND (CAST(? AS VARCHAR(60)) IS NULL OR a.profile = ?)"
                + " AND (CAST(? AS VARCHAR(120)) IS NULL OR g.entitlement = ?)"
                + " GROUP BY a.profile, g.privileged ORDER BY a.profile, g.privileged",
            rs -> new HoldingCount(rs.getString(1), rs.getBoolean(2), rs.getLong(3)),
            profile,
            profile,
            entitlement,
            entitlement);
  }

  public List<Grant> allGrants(String subjectId) {
    return grants("WHERE subject_id = ?", subjectId);
  }

  public Optional<Grant> grant(String id) {
    return grants("WHERE id = ?", id).stream().findFirst();
  }

  /** Claims up to {@code limit} due grants for {@code node} until {@code until} (see claim). */
  public List<Grant> claimDue(String node, Instant now, Instant until, int limit) {
    // a PENDING grant past its expiry ends too (an apply or approval that never finished): it may
    // have reached Keycloak before the failure, so its membership is removed like any other
    return claim(
        node,
        until,
        "state IN ('ACTIVE', 'PENDING') AND expires_at <= ?",
        limit,
        Timestamp.from(now));
  }

  /**
   * Claims privileged grants left PENDING since before {@code olderThan} and not yet expired: an
   * approval whose activation failed (Keycloak or this server down in between). The worker
   * completes them, so an approved grant ends ACTIVE and expiring, never PENDING for good.
   */
  public List<Grant> claimStalePending(
      String node, Instant now, Instant olderThan, Instant until, int limit) {
    return claim(
        node,
        until,
        "state = 'PENDING' AND privileged AND granted_at < ? AND expires_at > ?",
        limit,
        Timestamp.from(olderThan),
        Timestamp.from(now));
  }

  /**
   * Claims up to {@code limit} rows matching {@code where} for {@code node} until {@code until}.
   * The condition is repeated on the outer update, so when two nodes race for a row the second
   * re-checks it after the first commits and skips it: each row is processed by one node. The rows
   * come back by node and {@code until}, so each claim of a round needs an {@code until} of its
   * own.
   */
  private List<Grant> claim(String node, Instant until, String where, int limit, Object... args) {
    Timestamp n = Timestamp.from(Instant.now());
    String unclaimed = " AND (claimed_until IS NULL OR claimed_until < ?)";
    List<Object> params = new java.util.ArrayList<>(List.of(node, Timestamp.from(until)));
    params.addAll(List.of(args));
    params.add(n);
    params.addAll(List.of(args));
    params.add(n);
    db().update(
            "UPDATE pv_grant SET claimed_by = ?, claimed_until = ? WHERE "
                + where
                + unclaimed
                + " AND id IN (SELECT id FROM pv_grant WHERE "
                + where
                + unclaimed
                + " ORDER BY expires_at LIMIT "
                + limit
                + ")",
            params.toArray());
    // the rows this claim took: still matching, and claimed by this node until this time
    List<Object> back = new java.util.ArrayList<>(List.of(node, Timestamp.from(until)));
    back.addAll(List.of(args));
    return grants("WHERE claimed_by = ? AND claimed_until = ? AND " + where, back.toArray());
  }

  /** Ends a grant claimed by {@code node}; 0 when another node ended it or the claim was lost. */
  public int end(String grantId, String state, String node, Instant at) {
    return db().update(
            "UPDATE pv_grant SET state = ?, ended_by = ?, ended_at = ? WHERE id = ?"
                + " AND state IN ('ACTIVE', 'PENDING')",
            state,
            node,
            Timestamp.from(at),
            grantId);
  }

  /**
   * Marks the account of {@code username} revoked by a revocation run and ends its live grants as
   * REVOKED; returns the number of grants ended (0 when Hirewall does not manage the user).
   */
  public int revokeAccount(String keycloakId, String username, String runId, Instant at) {
    // the account is the one Keycloak user, however its username was spelled when it was recorded
    String which = "(keycloak_id = ? OR LOWER(username) = ?)";
    int accounts =
        db().update(
                "UPDATE pv_account SET revoked_by_run = ?, revoked_at = ? WHERE " + which,
                runId,
                Timestamp.from(at),
                keycloakId,
                username);
    if (accounts == 0) {
      return 0;
    }
    return db().update(
            "UPDATE pv_grant SET state = 'REVOKED', ended_by = ?, ended_at = ? WHERE state IN"
                + " ('PENDING', 'ACTIVE') AND subject_id IN (SELECT subject_id FROM pv_account"
                + " WHERE "
                + which
                + ")",
            "revocation:" + runId,
            Timestamp.from(at),
            keycloakId,
            username);
  }

  public long countActiveExpiringBefore(Instant until) {
    return db().list(
            "SELECT COUNT(*) FROM pv_grant WHERE state = 'ACTIVE' AND expires_at <= ?",
            rs -> rs.getLong(1),
            Timestamp.from(until))
        .get(0);
  }

  public long countPending() {
    return db().list("SELECT COUNT(*) FROM pv_grant WHERE state = 'PENDING'", rs -> rs.getLong(1))
        .get(0);
  }

  /** Deletes grants that are still PENDING (never reached Keycloak), by id. */
  public void deletePending(List<String> ids) {
    for (String id : ids) {
      db().update("DELETE FROM pv_grant WHERE id = ? AND state = 'PENDING'", id);
    }
  }

  /** Deletes an account that never got a Keycloak user and holds no grant or request. */
  public void deleteAccountIfUnused(String subjectId) {
    db().update(
            "DELETE FROM pv_account WHERE subject_id = ? AND keycloak_id IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM pv_grant g WHERE g.subject_id = ?)"
                + " AND NOT EXISTS (SELECT 1 FROM pv_request r WHERE r.subject_id = ?)",
            subjectId,
            subjectId,
            subjectId);
  }

  /** Moves a live grant to another source (a wider profile) with a new expiry. */
  public int extend(String grantId, String source, Instant expiresAt) {
    return db().update(
            "UPDATE pv_grant SET source = ?, expires_at = ? WHERE id = ? AND state IN ('PENDING',"
                + " 'ACTIVE')",
            source,
            Timestamp.from(expiresAt),
            grantId);
  }

  public void setProfile(String subjectId, String profile) {
    db().update("UPDATE pv_account SET profile = ? WHERE subject_id = ?", profile, subjectId);
  }

  /** The revocation run that removed this subject's access, if one did. */
  public Optional<String> revokedBy(String subjectId) {
    return db()
        .strings(
            "SELECT revoked_by_run FROM pv_account WHERE subject_id = ? AND revoked_by_run IS NOT"
                + " NULL",
            subjectId)
        .stream()
        .findFirst();
  }

  private List<Grant> grants(String where, Object... args) {
    return db().list(
            "SELECT id, subject_id, entitlement, privileged, source, state, granted_by, granted_at,"
                + " expires_at, ended_by, ended_at FROM pv_grant "
                + where
                + " ORDER BY granted_at, id",
            rs ->
                new Grant(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    Jdbc.instant(rs, 8),
                    Jdbc.instant(rs, 9),
                    rs.getString(10),
                    Jdbc.instant(rs, 11)),
            args);
  }
}
