package org.hirewall.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallServer;
import org.hirewall.testkit.Insiders;
import org.hirewall.testkit.KeycloakServer;
import org.hirewall.testkit.Tokens;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@code bench/run faults}: a fault campaign against the real stack. Each episode starts, at once,
 * a containment of two insiders, two provisioning applies, a privileged approval, the expiry of a
 * hire's grants and a bulk import of three hires; at a random point of that work (0–400 ms after it
 * starts) one fault strikes, in turn: Keycloak paused (SIGSTOP, 1–5 s), Keycloak stopped (SIGTERM)
 * or killed (SIGKILL) and restarted, the server killed (SIGKILL) and restarted, or every PostgreSQL
 * connection of the server dropped (twice). Clients retry what failed, as an operator would. Each
 * episode is then judged from Keycloak's own state, the database and the audit trail:
 *
 * <ul>
 *   <li>converged: within 3 minutes every run has ended COMPLETED with every step verified and the
 *       user at zero access in Keycloak; every apply and import row holds its memberships in
 *       Keycloak and ACTIVE grants; the approval is ACTIVE with its membership; the expired grants
 *       are EXPIRED and gone from Keycloak.
 *   <li>lost steps: the database says done (a COMPLETED run, a VERIFIED step, an ACTIVE or EXPIRED
 *       grant) but Keycloak disagrees.
 *   <li>doubled steps: one thing done twice — two audit records of one grant applied or expired,
 *       one run completed or sealed, a step done more often than the run has steps, or two live
 *       grants of one entitlement for one subject.
 * </ul>
 *
 * Then two server nodes on the one database expire 1,000 grants (500 imported hires, a group and a
 * role each) while the first node is killed a third of the way: each expiry must be done exactly
 * once. Options: {@code -Dfaults=} (50), {@code -Dseed=} (13). Each episode's verdict goes to
 * {@code bench/target/faults.txt}. The server runs with short intervals so that an episode takes
 * seconds, not minutes: expiry every 2 s, claims taken over after 10 s, runs retried within 3 s.
 */
public final class FaultBench {

  enum Fault {
    KEYCLOAK_PAUSED,
    DATABASE_CONNECTIONS_DROPPED,
    KEYCLOAK_STOPPED,
    SERVER_KILLED,
    KEYCLOAK_KILLED
  }

  private static final int ROLES = 2; // group:engineering and realm-role:developer per hire

  private final BenchStack stack;
  private final Random random;
  private final Api api;
  private Keycloak admin;
  private int lost;
  private int converged;
  private final List<Double> convergeSeconds = new ArrayList<>();
  private final PrintWriter log;

  private FaultBench(BenchStack stack, Random random, PrintWriter log) {
    this.stack = stack;
    this.random = random;
    this.log = log;
    this.api = new Api(stack.server.url(), new Tokens(stack.keycloak.realmUrl("hirewall")));
    this.admin = adminClient();
  }

  public static void main(String[] args) throws Exception {
    int faults = Integer.getInteger("faults", 50);
    Map<String, String> env =
        Map.of(
            "HIREWALL_PLUGIN_ACCESS_PROVISIONING_EXPIRY_SECONDS", "2",
            "HIREWALL_PLUGIN_ACCESS_PROVISIONING_TAKEOVER_SECONDS", "10",
            "HIREWALL_PLUGIN_ACCESS_REVOCATION_TICK_SECONDS", "1",
            "HIREWALL_PLUGIN_ACCESS_REVOCATION_CLAIM_SECONDS", "10",
            "HIREWALL_PLUGIN_ACCESS_REVOCATION_RETRY_MAX_SECONDS", "3",
            "HIREWALL_PLUGIN_ACCESS_REVOCATION_MAX_ATTEMPTS", "200",
            "HIREWALL_PLUGIN_ACCESS_REVOCATION_WARM_UP_ROUNDS", "10");
    Path report = Path.of("bench/target/faults.txt");
    Files.createDirectories(report.getParent());
    try (BenchStack stack = new BenchStack(args, "faults", env, true);
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(report), true)) {
      FaultBench bench = new FaultBench(stack, new Random(Long.getLong("seed", 13)), log);
      for (int i = 0; i < faults; i++) {
        bench.episode(i, Fault.values()[i % Fault.values().length]);
      }
      int doubled = bench.doubled();
      Collections.sort(bench.convergeSeconds);
      System.out.printf("faults_injected %d faults%n", faults);
      System.out.printf("faults_converged %d faults%n", bench.converged);
      System.out.printf("faults_lost_steps %d steps%n", bench.lost);
      System.out.printf("faults_doubled_steps %d steps%n", doubled);
      if (!bench.convergeSeconds.isEmpty()) {
        System.out.printf(
            "faults_converge_p50_s %.1f s%n",
            bench.convergeSeconds.get(bench.convergeSeconds.size() / 2));
        System.out.printf(
            "faults_converge_max_s %.1f s%n",
            bench.convergeSeconds.get(bench.convergeSeconds.size() - 1));
      }
      bench.twoNodeExpiry(Integer.getInteger("expiries", 1000));
      bench.admin.close();
    }
  }

  private Keycloak adminClient() {
    return Keycloak.getInstance(
        stack.keycloak.url(),
        "master",
        KeycloakServer.ADMIN_USER,
        KeycloakServer.ADMIN_PASSWORD,
        "admin-cli");
  }

  private RealmResource workforce() {
    return admin.realm("workforce");
  }

  // --- one episode -------------------------------------------------------------------------

  private void episode(int i, Fault fault) throws Exception {
    // the work, prepared before the fault (not under test)
    Insiders insiders = new Insiders(stack.keycloak.url(), workforce());
    List<Insiders.Insider> contained = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      contained.add(insiders.create("f" + i + "c" + k));
    }
    List<String> applied = VettedSubjects.insert(stack.db, "standard", 2);
    String privileged = VettedSubjects.insert(stack.db, "privileged", 1).get(0);
    apply(privileged, "f" + i + "p");
    Api.Reply asked =
        api.post(
            "/api/provisioning/requests",
            "it-admin",
            "{\"subjectId\":\""
                + privileged
                + "\",\"entitlement\":\"group:org-admins\",\"hours\":4,"
                + "\"justification\":\"Release week: repository settings\"}");
    if (asked.status() != 201 && asked.status() != 200) {
      throw new IllegalStateException("request: " + asked.status() + " " + asked.body());
    }
    String request = asked.json().get("id").asText();
    String expiring = VettedSubjects.insert(stack.db, "standard", 1).get(0);
    apply(expiring, "f" + i + "e");
    List<String> hires = VettedSubjects.insert(stack.db, "standard", 3);

    // the work, started at once; the fault strikes somewhere in it
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<String>> work = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    String containment =
        "{\"targets\":[{\"username\":\""
            + contained.get(0).username()
            + "\"},{\"username\":\""
            + contained.get(1).username()
            + "\"}],\"reason\":\"Fault campaign\",\"waitSeconds\":0}";
    work.add(
        retrying(
            pool,
            deadline,
            () -> api.post("/api/revocation/containments", "security-officer", containment),
            200,
            202));
    for (int k = 0; k < applied.size(); k++) {
      String body = applyBody(applied.get(k), "f" + i + "a" + k);
      work.add(
          retrying(
              pool, deadline, () -> api.post("/api/provisioning/apply", "it-admin", body), 200));
    }
    String approve = "/api/provisioning/requests/" + request + "/approve";
    // 409: a retry of an approval that went through
    work.add(retrying(pool, deadline, () -> api.post(approve, "security-officer", null), 200, 409));
    work.add(
        pool.submit(
            () -> {
              sql(
                  deadline,
                  "UPDATE pv_grant SET expires_at = now() WHERE subject_id = ? AND state = 'ACTIVE'",
                  expiring);
              return null;
            }));
    StringBuilder csv =
        new StringBuilder("subject_id,username,email,first_name,last_name,profile\n");
    for (int k = 0; k < hires.size(); k++) {
      csv.append(hires.get(k))
          .append(",f" + i + "i" + k)
          .append(",f" + i + "i" + k + "@example.org,Fault,Hire,engineer\n");
    }
    String rows = csv.toString();
    work.add(
        retrying(
            pool,
            deadline,
            () -> api.send("POST", "/api/provisioning/imports", "it-admin", "text/csv", rows),
            202));

    Thread.sleep(random.nextInt(400));
    long healed = strike(fault);

    List<String> failures = new ArrayList<>();
    for (Future<String> f : work) {
      try {
        String failure = f.get(5, TimeUnit.MINUTES);
        if (failure != null) {
          failures.add(failure);
        }
      } catch (Exception e) {
        failures.add("client: " + e);
      }
    }
    pool.shutdownNow();

    // judged until everything converged or 3 minutes passed
    List<String> pending;
    List<String> lostNow;
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (true) {
      pending = new ArrayList<>(failures);
      lostNow = new ArrayList<>();
      judge(contained, applied, i, privileged, expiring, hires, pending, lostNow);
      if (pending.isEmpty() && lostNow.isEmpty() || System.nanoTime() > end) {
        break;
      }
      Thread.sleep(1000);
    }
    double seconds = (System.nanoTime() - healed) / 1e9;
    boolean ok = pending.isEmpty() && lostNow.isEmpty();
    if (ok) {
      converged++;
      convergeSeconds.add(seconds);
    }
    lost += lostNow.size();
    log.printf(
        "episode %d %s: %s in %.1f s after healing%s%s%n",
        i,
        fault,
        ok ? "converged" : "NOT CONVERGED",
        seconds,
        pending.isEmpty() ? "" : "; pending " + pending,
        lostNow.isEmpty() ? "" : "; LOST " + lostNow);
    System.err.printf("episode %d %s: %s (%.1f s)%n", i, fault, ok ? "converged" : "NOT", seconds);
  }

  /** Injects the fault and heals it; returns when it was healed (System.nanoTime). */
  private long strike(Fault fault) throws Exception {
    KeycloakServer kc = stack.keycloak;
    switch (fault) {
      case KEYCLOAK_PAUSED -> {
        kc.pause();
        Thread.sleep(1000 + random.nextInt(4000));
        kc.resume();
      }
      case KEYCLOAK_STOPPED -> {
        kc.stop();
        Thread.sleep(1000 + random.nextInt(2000));
        kc.restart();
        reconnectAdmin();
      }
      case KEYCLOAK_KILLED -> {
        kc.kill();
        Thread.sleep(1000 + random.nextInt(2000));
        kc.restart();
        reconnectAdmin();
      }
      case SERVER_KILLED -> stack.crashAndRestartServer();
      case DATABASE_CONNECTIONS_DROPPED -> {
        stack.db.dropConnections();
        Thread.sleep(200 + random.nextInt(500));
        stack.db.dropConnections();
      }
    }
    return System.nanoTime();
  }

  private void reconnectAdmin() {
    admin.close();
    admin = adminClient();
  }

  /** {@link #retry} on {@code pool}. */
  private static Future<String> retrying(
      ExecutorService pool, long deadline, java.util.function.Supplier<Api.Reply> call, int... ok) {
    return pool.submit(() -> retry(deadline, call, ok));
  }

  /** Sends a request until it answers one of {@code ok}; null, or what it last answered. */
  private static String retry(long deadline, java.util.function.Supplier<Api.Reply> call, int... ok)
      throws InterruptedException {
    String last = "never answered";
    while (System.nanoTime() < deadline) {
      try {
        Api.Reply r = call.get();
        for (int status : ok) {
          if (r.status() == status) {
            return null;
          }
        }
        last = r.status() + " " + r.body();
        // 401: a token from a Keycloak that just came back; 404: a server still deploying
        if (r.status() < 500 && r.status() != 401 && r.status() != 404) {
          return "refused: " + last; // a definite answer: no retry makes it right
        }
      } catch (RuntimeException e) { // the server or Keycloak (tokens) is down: retried
        last = e.toString();
      }
      Thread.sleep(500);
    }
    return "gave up: " + last;
  }

  private void sql(long deadline, String statement, String arg) throws InterruptedException {
    while (System.nanoTime() < deadline) {
      try (Connection c = stack.db.connect();
          PreparedStatement ps = c.prepareStatement(statement)) {
        ps.setString(1, arg);
        ps.executeUpdate();
        return;
      } catch (SQLException e) {
        Thread.sleep(200);
      }
    }
  }

  private void apply(String subject, String username) {
    Api.Reply r = api.post("/api/provisioning/apply", "it-admin", applyBody(subject, username));
    if (r.status() != 200) {
      throw new IllegalStateException("apply: " + r.status() + " " + r.body());
    }
  }

  private static String applyBody(String subject, String username) {
    return "{\"subjectId\":\""
        + subject
        + "\",\"username\":\""
        + username
        + "\",\"email\":\""
        + username
        + "@example.org\",\"firstName\":\"Fault\",\"lastName\":\"Hire\",\"profile\":\"engineer\"}";
  }

  // --- the verdict -------------------------------------------------------------------------

  private void judge(
      List<Insiders.Insider> contained,
      List<String> applied,
      int i,
      String privileged,
      String expiring,
      List<String> hires,
      List<String> pending,
      List<String> lostNow) {
    try (Connection c = stack.db.connect()) {
      Insiders insiders = new Insiders(stack.keycloak.url(), workforce());
      for (Insiders.Insider insider : contained) {
        judgeRun(c, insiders, insider, pending, lostNow);
      }
      for (int k = 0; k < applied.size(); k++) {
        judgeHire(c, applied.get(k), "f" + i + "a" + k, pending, lostNow);
      }
      for (int k = 0; k < hires.size(); k++) {
        judgeHire(c, hires.get(k), "f" + i + "i" + k, pending, lostNow);
      }
      judgePrivileged(c, privileged, "f" + i + "p", pending, lostNow);
      judgeExpired(c, expiring, "f" + i + "e", pending, lostNow);
    } catch (Exception e) { // Keycloak or the database not back yet
      pending.add("judge: " + e);
    }
  }

  private void judgeRun(
      Connection c,
      Insiders insiders,
      Insiders.Insider insider,
      List<String> pending,
      List<String> lostNow)
      throws SQLException {
    List<String> runs =
        strings(
            c,
            "SELECT id FROM rv_run WHERE username = ? AND state = 'COMPLETED'",
            insider.username());
    List<String> left = insiders.remainingAccess(insider.userId());
    if (runs.isEmpty()) {
      pending.add(
          insider.username()
              + ": run "
              + strings(c, "SELECT state FROM rv_run WHERE username = ?", insider.username()));
      return;
    }
    for (String run : runs) {
      List<String> unverified =
          strings(c, "SELECT action_id FROM rv_step WHERE run_id = ? AND state <> 'VERIFIED'", run);
      if (!unverified.isEmpty()) {
        lostNow.add(insider.username() + ": COMPLETED with steps not verified " + unverified);
      }
    }
    if (!left.isEmpty()) {
      lostNow.add(insider.username() + ": COMPLETED but Keycloak still gives " + left);
    }
  }

  private void judgeHire(
      Connection c, String subject, String username, List<String> pending, List<String> lostNow)
      throws SQLException {
    List<String> active = activeGrants(c, subject);
    List<String> inKeycloak = memberships(username);
    if (active.size() < ROLES) {
      pending.add(username + ": grants " + grantStates(c, subject));
    }
    for (String entitlement : active) {
      if (!inKeycloak.contains(entitlement)) {
        lostNow.add(username + ": " + entitlement + " ACTIVE but not in Keycloak");
      }
    }
    for (String entitlement : inKeycloak) {
      if (!active.contains(entitlement) && active.size() >= ROLES) {
        lostNow.add(username + ": " + entitlement + " in Keycloak without an ACTIVE grant");
      }
    }
  }

  private void judgePrivileged(
      Connection c, String subject, String username, List<String> pending, List<String> lostNow)
      throws SQLException {
    List<String> states =
        strings(
            c,
            "SELECT state FROM pv_grant WHERE subject_id = ? AND entitlement = 'group:org-admins'",
            subject);
    boolean inKeycloak = memberships(username).contains("group:org-admins");
    if (!states.contains("ACTIVE")) {
      pending.add(username + ": privileged grant " + states);
    } else if (!inKeycloak) {
      lostNow.add(username + ": org-admins ACTIVE but not in Keycloak");
    }
  }

  private void judgeExpired(
      Connection c, String subject, String username, List<String> pending, List<String> lostNow)
      throws SQLException {
    List<String> states = grantStates(c, subject);
    List<String> inKeycloak = memberships(username);
    if (states.stream().anyMatch(s -> !s.endsWith("EXPIRED"))) {
      pending.add(username + ": expiring grants " + states);
    } else if (!inKeycloak.isEmpty()) {
      lostNow.add(username + ": EXPIRED but Keycloak still gives " + inKeycloak);
    }
  }

  private static List<String> activeGrants(Connection c, String subject) throws SQLException {
    return strings(
        c, "SELECT entitlement FROM pv_grant WHERE subject_id = ? AND state = 'ACTIVE'", subject);
  }

  private static List<String> grantStates(Connection c, String subject) throws SQLException {
    return strings(
        c, "SELECT entitlement || ' ' || state FROM pv_grant WHERE subject_id = ?", subject);
  }

  /**
   * The user's groups and realm roles in Keycloak, as entitlements; empty when there is no user.
   */
  private List<String> memberships(String username) {
    List<UserRepresentation> found = workforce().users().search(username, true);
    List<String> out = new ArrayList<>();
    if (found.isEmpty()) {
      return out;
    }
    if (found.size() > 1) {
      throw new IllegalStateException(found.size() + " Keycloak users named " + username);
    }
    var user = workforce().users().get(found.get(0).getId());
    user.groups().forEach(g -> out.add("group:" + g.getName()));
    user.roles().realmLevel().listAll().stream()
        .filter(r -> !r.getName().startsWith("default-roles"))
        .forEach(r -> out.add("realm-role:" + r.getName()));
    return out;
  }

  /** Things done twice, from the audit trail and the grants, over the whole campaign. */
  private int doubled() throws SQLException {
    int twice = 0;
    try (Connection c = stack.db.connect()) {
      twice +=
          count(
              c,
              "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM audit_record WHERE"
                  + " action IN ('provisioning.grant.applied', 'provisioning.grant.expired',"
                  + " 'revocation.run.completed', 'revocation.snapshot.sealed')"
                  + " GROUP BY action, subject HAVING count(*) > 1) d");
      twice +=
          count(
              c,
              "SELECT coalesce(sum(a.n - s.n), 0) FROM (SELECT subject, count(*) AS n FROM"
                  + " audit_record WHERE action = 'revocation.step.done' GROUP BY subject) a"
                  + " JOIN (SELECT 'run:' || run_id AS subject, count(*) AS n FROM rv_step"
                  + " GROUP BY run_id) s ON s.subject = a.subject WHERE a.n > s.n");
      twice +=
          count(
              c,
              "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM pv_grant WHERE"
                  + " state IN ('ACTIVE', 'PENDING') GROUP BY subject_id, entitlement"
                  + " HAVING count(*) > 1) d");
    }
    return twice;
  }

  // --- two nodes, 1,000 expiries --------------------------------------------------------------

  /**
   * {@code grants / 2} hires imported (a group and a role each), then all their grants due at once
   * with two nodes running; the first node is killed when a third are done. Each expiry must be
   * done exactly once (one audit record per grant) and every membership gone from Keycloak.
   */
  private void twoNodeExpiry(int grants) throws Exception {
    int hires = grants / ROLES;
    List<String> subjects = VettedSubjects.insert(stack.db, "standard", hires);
    StringBuilder csv =
        new StringBuilder("subject_id,username,email,first_name,last_name,profile\n");
    for (int k = 0; k < hires; k++) {
      csv.append(subjects.get(k))
          .append(",two" + k)
          .append(",two" + k + "@example.org,Two,Nodes,engineer\n");
    }
    Api.Reply imported =
        api.send("POST", "/api/provisioning/imports", "it-admin", "text/csv", csv.toString());
    if (imported.status() != 202) {
      throw new IllegalStateException("import: " + imported.status() + " " + imported.body());
    }
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    String ids = "'" + String.join("','", subjects) + "'";
    while (count(
            stack.db,
            "SELECT count(*) FROM pv_grant WHERE state = 'ACTIVE' AND subject_id IN (" + ids + ")")
        < grants) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("the import did not make " + grants + " grants");
      }
      Thread.sleep(500);
    }
    HirewallServer second = stack.node("node-b", 1);
    try {
      long t0 = System.nanoTime();
      try (Connection c = stack.db.connect();
          PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE pv_grant SET expires_at = now() WHERE state = 'ACTIVE' AND subject_id IN ("
                      + ids
                      + ")")) {
        ps.executeUpdate();
      }
      String expired =
          "SELECT count(*) FROM pv_grant WHERE state = 'EXPIRED' AND subject_id IN (" + ids + ")";
      boolean killed = false;
      end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      int done;
      while ((done = count(stack.db, expired)) < grants && System.nanoTime() < end) {
        if (!killed && done >= grants / 3) {
          stack.server.kill(); // the first node dies with claims in hand
          killed = true;
        }
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      int once;
      int twice;
      Map<String, Integer> byNode = new java.util.TreeMap<>();
      try (Connection c = stack.db.connect()) {
        String perGrant =
            "SELECT count(*) AS n FROM audit_record WHERE action = 'provisioning.grant.expired'"
                + " AND subject IN (SELECT 'grant:' || id FROM pv_grant WHERE subject_id IN ("
                + ids
                + ")) GROUP BY subject";
        once = count(c, "SELECT count(*) FROM (" + perGrant + ") g WHERE n = 1");
        twice = count(c, "SELECT coalesce(sum(n - 1), 0) FROM (" + perGrant + ") g");
        try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT ended_by, count(*) FROM pv_grant WHERE state = 'EXPIRED' AND"
                        + " subject_id IN ("
                        + ids
                        + ") GROUP BY ended_by");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            byNode.put(rs.getString(1), rs.getInt(2));
          }
        }
      }
      int left = 0;
      for (int k = 0; k < hires; k++) {
        left += memberships("two" + k).size();
      }
      System.out.printf("expiry_two_nodes_grants %d grants%n", grants);
      System.out.printf("expiry_two_nodes_exactly_once %d grants%n", once);
      System.out.printf("expiry_two_nodes_doubled %d expiries%n", twice);
      System.out.printf("expiry_two_nodes_missed %d grants%n", grants - done);
      System.out.printf("expiry_two_nodes_keycloak_left %d memberships%n", left);
      System.out.printf("expiry_two_nodes_s %.1f s%n", seconds);
      int n = 0;
      for (int share : byNode.values()) {
        System.out.printf("expiry_two_nodes_node%d %d grants%n", ++n, share);
      }
    } finally {
      second.close();
    }
  }

  private static List<String> strings(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      }
    }
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static int count(org.hirewall.testkit.PostgresDatabase db, String sql)
      throws SQLException {
    try (Connection c = db.connect()) {
      return count(c, sql);
    }
  }
}
