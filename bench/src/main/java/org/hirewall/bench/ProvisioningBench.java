package org.hirewall.bench;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hirewall.testkit.HirewallServer;
import org.hirewall.testkit.KeycloakServer;
import org.hirewall.testkit.PostgresDatabase;
import org.hirewall.testkit.Tokens;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@code bench/run provisioning}: 200 vetted subjects given the {@code engineer} profile (an
 * enabled user that must enrol OTP, group {@code engineering}, realm role {@code developer})
 * through Hirewall's API, and the same users and memberships made with raw keycloak-admin-client
 * calls as the same service account, in the same run against the same Keycloak. One client, one
 * request at a time, taking turns in blocks of 20 ({@code -Dblock=}).
 *
 * <p>Raw is measured two ways: the plain script (create the user, join the group, map the role:
 * three calls) and the shortest one (the group given at creation, as Hirewall does: two calls).
 * {@code provision_ratio} is against the plain script; {@code provision_ratio_same_calls} against
 * the shortest, so what Hirewall's own work costs is in plain sight.
 *
 * <p>{@code -Dverbose=true} prints each block's figures to stderr. Each side first provisions 1,500
 * warm-up subjects ({@code -Dwarmup=}): with 30, the JIT compilers of Keycloak and Hirewall took
 * half of this machine's CPU during the measurement (perf), and the figures measured the compilers
 * more than the code. The vetting cases are written straight into the database (setup, not
 * measured).
 */
public final class ProvisioningBench {

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("subjects", 200);
    try (BenchStack stack = new BenchStack(args, "provisioning")) {
      PostgresDatabase db = stack.db;
      KeycloakServer kc = stack.keycloak;
      HirewallServer server = stack.server;
      int warmUp = Integer.getInteger("warmup", 1500);
      List<String> subjects = VettedSubjects.insert(db, "standard", n + warmUp);
      String token = new Tokens(kc.realmUrl("hirewall")).forUser("it-admin");
      // the HTTP client keycloak-admin-client uses (RESTEasy over Apache HttpClient, HTTP/1.1,
      // kept-alive connections), so both sides pay the same for theirs
      Client http = ClientBuilder.newClient();
      try (http;
          Keycloak raw =
              KeycloakBuilder.builder()
                  .serverUrl(kc.url())
                  .realm("workforce")
                  .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                  .clientId("hirewall-gateway")
                  .clientSecret("hirewall-gateway-dev-secret")
                  .build()) {
        RealmResource realm = raw.realm("workforce");
        String group = realm.groups().groups("engineering", true, 0, 1, true).get(0).getId();
        RoleRepresentation role = realm.roles().get("developer").toRepresentation();
        for (int i = 0; i < warmUp; i++) {
          apply(http, server.url(), token, subjects.get(i), "warm" + i);
          rawProvision(realm, "rawwarm" + i, group, role);
          rawProvisionSameCalls(realm, "samewarm" + i, role);
        }
        // Hirewall and raw take turns in blocks, so a slow or fast stretch of this shared machine
        // falls on both sides alike
        int block = Integer.getInteger("block", 20);
        long hirewallNanos = 0;
        long rawNanos = 0;
        long sameCallsNanos = 0;
        for (int from = 0; from < n; from += block) {
          int to = Math.min(n, from + block);
          long t0 = System.nanoTime();
          for (int i = from; i < to; i++) {
            apply(http, server.url(), token, subjects.get(warmUp + i), "hw" + i);
          }
          long t1 = System.nanoTime();
          for (int i = from; i < to; i++) {
            rawProvision(realm, "raw" + i, group, role);
          }
          long t2 = System.nanoTime();
          for (int i = from; i < to; i++) {
            rawProvisionSameCalls(realm, "same" + i, role);
          }
          long t3 = System.nanoTime();
          hirewallNanos += t1 - t0;
          rawNanos += t2 - t1;
          sameCallsNanos += t3 - t2;
          if (Boolean.getBoolean("verbose")) { // per block, to see how steady the machine is
            System.err.printf(
                "block %d: hirewall %.1f, raw %.1f, raw same calls %.1f ms/subject%n",
                from,
                (t1 - t0) / 1e6 / (to - from),
                (t2 - t1) / 1e6 / (to - from),
                (t3 - t2) / 1e6 / (to - from));
          }
        }
        double hirewall = n / (hirewallNanos / 1e9);
        double rawRate = n / (rawNanos / 1e9);
        double sameCallsRate = n / (sameCallsNanos / 1e9);
        System.out.printf("provision_subjects %d subjects%n", n);
        System.out.printf("provision_hirewall_per_s %.1f subjects/s%n", hirewall);
        System.out.printf("provision_raw_per_s %.1f subjects/s%n", rawRate);
        System.out.printf("provision_ratio %.2f ratio%n", hirewall / rawRate);
        System.out.printf("provision_raw_same_calls_per_s %.1f subjects/s%n", sameCallsRate);
        System.out.printf("provision_ratio_same_calls %.2f ratio%n", hirewall / sameCallsRate);

        // bulk onboarding: one CSV of -Dimport= (500) vetted hires through Hirewall's import
        // (rows applied with bounded parallelism), and the same users and memberships made by the
        // plain raw script one after another
        int cohort = Integer.getInteger("import", 500);
        List<String> hires = VettedSubjects.insert(db, "standard", cohort);
        StringBuilder csv =
            new StringBuilder("subject_id,username,email,first_name,last_name,profile\n");
        for (int i = 0; i < cohort; i++) {
          csv.append(hires.get(i))
              .append(",imp")
              .append(i)
              .append(",imp")
              .append(i)
              .append("@example.org,Bench,User,engineer\n");
        }
        long i0 = System.nanoTime();
        String location;
        try (Response r =
            http.target(server.url() + "/api/provisioning/imports")
                .request()
                .header("Authorization", "Bearer " + token)
                .post(jakarta.ws.rs.client.Entity.entity(csv.toString(), "text/csv"))) {
          if (r.getStatus() != 202) {
            throw new IllegalStateException(
                "import: " + r.getStatus() + " " + r.readEntity(String.class));
          }
          location = r.getLocation().getPath();
        }
        while (true) {
          String state;
          String progress;
          try (Response r =
              http.target(server.url() + location)
                  .request()
                  .header("Authorization", "Bearer " + token)
                  .get()) {
            progress = r.readEntity(String.class);
            state = progress.contains("\"state\":\"DONE\"") ? "DONE" : "RUNNING";
          }
          if (state.equals("DONE")) {
            if (!progress.contains("\"applied\":" + cohort)) {
              throw new IllegalStateException(
                  "import did not apply every row: " + progress.substring(0, 200));
            }
            break;
          }
          Thread.sleep(100);
        }
        double importSeconds = (System.nanoTime() - i0) / 1e9;
        long r0 = System.nanoTime();
        for (int i = 0; i < cohort; i++) {
          rawProvision(realm, "rawimp" + i, group, role);
        }
        double rawImportSeconds = (System.nanoTime() - r0) / 1e9;
        System.out.printf("import_%d_s %.2f s%n", cohort, importSeconds);
        System.out.printf("raw_import_%d_s %.2f s%n", cohort, rawImportSeconds);
        System.out.printf("import_ratio %.2f ratio%n", rawImportSeconds / importSeconds);
      }
    }
  }

  private static void apply(Client http, String base, String token, String subject, String user) {
    String body =
        "{\"subjectId\":\""
            + subject
            + "\",\"username\":\""
            + user
            + "\",\"email\":\""
            + user
            + "@example.org\",\"firstName\":\"Bench\",\"lastName\":\"User\",\"profile\":\"engineer\"}";
    try (Response r =
        http.target(base + "/api/provisioning/apply")
            .request()
            .header("Authorization", "Bearer " + token)
            .post(Entity.json(body))) {
      String answer = r.readEntity(String.class);
      if (r.getStatus() != 200) {
        throw new IllegalStateException("apply failed: " + r.getStatus() + " " + answer);
      }
    }
  }

  /** The plain script: create the user, join the group, map the role (three calls). */
  private static void rawProvision(
      RealmResource realm, String user, String group, RoleRepresentation role) {
    String id = create(realm, newUser(user));
    realm.users().get(id).joinGroup(group);
    realm.users().get(id).roles().realmLevel().add(List.of(role));
  }

  /** The same user in two calls: created with its group (as Hirewall does), then the role. */
  private static void rawProvisionSameCalls(
      RealmResource realm, String user, RoleRepresentation role) {
    UserRepresentation u = newUser(user);
    u.setGroups(List.of("/engineering"));
    String id = create(realm, u);
    realm.users().get(id).roles().realmLevel().add(List.of(role));
  }

  private static UserRepresentation newUser(String user) {
    UserRepresentation u = new UserRepresentation();
    u.setUsername(user);
    u.setEmail(user + "@example.org");
    u.setFirstName("Bench");
    u.setLastName("User");
    u.setEnabled(true);
    u.setRequiredActions(List.of("CONFIGURE_TOTP"));
    return u;
  }

  private static String create(RealmResource realm, UserRepresentation u) {
    try (Response r = realm.users().create(u)) {
      return CreatedResponseUtil.getCreatedId(r);
    }
  }
}
