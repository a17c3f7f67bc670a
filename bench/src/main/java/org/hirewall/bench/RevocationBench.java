package org.hirewall.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hirewall.testkit.HirewallServer;
import org.hirewall.testkit.Insiders;
import org.hirewall.testkit.KeycloakServer;
import org.hirewall.testkit.Tokens;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientMappingsRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.MappingsRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@code bench/run revocation}: containment of an insider (two sessions, an offline token, password
 * and OTP, a group, a realm role, a client role, two reachable confidential clients) through
 * Hirewall, one run at a time, against the raw keycloak-admin-client sequence of the same reads,
 * revocations and checks in the same run; then 100 insiders contained in one request. Both sides
 * are measured warm: 300 containments each first ({@code -Dwarmup=}).
 */
public final class RevocationBench {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int runs = Integer.getInteger("runs", 50);
    int batchSize = Integer.getInteger("batch", 100);
    try (BenchStack stack = new BenchStack(args, "revocation");
        Keycloak admin =
            Keycloak.getInstance(
                stack.keycloak.url(),
                "master",
                KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD,
                "admin-cli")) {
      KeycloakServer kc = stack.keycloak;
      HirewallServer server = stack.server;
      RealmResource setup = admin.realm("workforce");
      Insiders insiders = new Insiders(kc.url(), setup);
      // HTTP/1.1 as keycloak-admin-client speaks to Keycloak (the JDK client would upgrade to h2c)
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      Tokens tokens = new Tokens(kc.realmUrl("hirewall"));

      // the first containment on the freshly started server and Keycloak, once the server says
      // its start-up warm-up is done (as an operator's first containment after a restart)
      awaitLog(server.log(), "HIREWALL-1213", 120);
      String first = insiders.create("first").username();
      JsonNode firstRun =
          contain(http, server.url(), tokens, List.of(first), 30).get("runs").get(0);
      long firstMs = firstRun.get("zeroAccessMs").asLong();
      System.err.println("first run: " + timings(server.log(), firstRun.get("id").asText()));
      System.err.println(steps(http, server.url(), tokens, firstRun.get("id").asText()));
      // the same after a restart of the server alone, Keycloak running on (a deployment)
      stack.restartServer();
      server = stack.server;
      awaitLog(server.log(), "HIREWALL-1213", 120);
      JsonNode restartRun =
          contain(http, server.url(), tokens, List.of(insiders.create("restart").username()), 30)
              .get("runs")
              .get(0);
      long restartMs = restartRun.get("zeroAccessMs").asLong();
      System.err.println(
          "first run after a server restart: "
              + timings(server.log(), restartRun.get("id").asText()));
      System.err.println(steps(http, server.url(), tokens, restartRun.get("id").asText()));

      List<Long> hirewall = new ArrayList<>();
      List<Long> roundTrip = new ArrayList<>();
      // 300 warm-ups a side (-Dwarmup=): with 30 the JIT compilers were still busy in the
      // measurement and p50 was 4-5 times the steady state's
      int warmUp = Integer.getInteger("warmup", 300);
      List<Long> raw = new ArrayList<>();
      try (Keycloak gateway = rawClient(kc)) {
        RealmResource realm = gateway.realm("workforce");
        // Hirewall and raw take turns, so both meet Keycloak equally warmed up
        for (int i = 0; i < runs + warmUp; i++) {
          String name = insiders.create("hw" + i).username();
          long t0 = System.nanoTime();
          JsonNode batch = contain(http, server.url(), tokens, List.of(name), 30);
          long rt = (System.nanoTime() - t0) / 1_000_000;
          JsonNode run = batch.get("runs").get(0);
          if (!run.get("state").asText().equals("COMPLETED")) {
            throw new IllegalStateException("run not completed: " + run);
          }
          String rawName = insiders.create("raw" + i).username();
          long r0 = System.nanoTime();
          rawSequence(realm, rawName);
          long rawMs = (System.nanoTime() - r0) / 1_000_000;
          if (i >= warmUp) {
            hirewall.add(run.get("zeroAccessMs").asLong());
            roundTrip.add(rt);
            raw.add(rawMs);
          }
        }
      }

      List<String> many = new ArrayList<>();
      for (int i = 0; i < batchSize; i++) {
        many.add(insiders.create("ring" + i).username());
      }
      long t0 = System.nanoTime();
      JsonNode batch = contain(http, server.url(), tokens, many, 60);
      double containAll = (System.nanoTime() - t0) / 1e9;
      if (batch.get("completed").asInt() != batchSize) {
        throw new IllegalStateException("batch not completed: " + batch.get("completed"));
      }

      // the same 100-subject batch with raw admin-client calls, 8 threads (Hirewall's default)
      List<String> rawMany = new ArrayList<>();
      for (int i = 0; i < batchSize; i++) {
        rawMany.add(insiders.create("rawring" + i).username());
      }
      double rawAll;
      try (Keycloak gateway = rawClient(kc)) {
        RealmResource realm = gateway.realm("workforce");
        java.util.concurrent.ExecutorService threads =
            java.util.concurrent.Executors.newFixedThreadPool(8);
        long r0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (String name : rawMany) {
          done.add(threads.submit(() -> rawSequence(realm, name)));
        }
        for (java.util.concurrent.Future<?> f : done) {
          f.get();
        }
        rawAll = (System.nanoTime() - r0) / 1e9;
        threads.shutdown();
      }

      System.out.printf("zero_access_first_ms %d ms%n", firstMs);
      System.out.printf("zero_access_first_server_restart_ms %d ms%n", restartMs);
      System.out.printf("zero_access_runs %d runs%n", hirewall.size());
      System.out.printf("zero_access_p50_ms %d ms%n", percentile(hirewall, 50));
      System.out.printf("zero_access_p99_ms %d ms%n", percentile(hirewall, 99));
      System.out.printf("contain_request_p50_ms %d ms%n", percentile(roundTrip, 50));
      System.out.printf("raw_sequence_p50_ms %d ms%n", percentile(raw, 50));
      System.out.printf(
          "zero_access_ratio %.2f ratio%n",
          (double) percentile(hirewall, 50) / percentile(raw, 50));
      System.out.printf("contain_%d_s %.2f s%n", batchSize, containAll);
      System.out.printf("raw_contain_%d_s %.2f s%n", batchSize, rawAll);
    }
  }

  /** keycloak-admin-client as Hirewall's own service account, outside the server. */
  private static Keycloak rawClient(KeycloakServer kc) {
    return org.keycloak.admin.client.KeycloakBuilder.builder()
        .serverUrl(kc.url())
        .realm("workforce")
        .grantType("client_credentials")
        .clientId("hirewall-gateway")
        .clientSecret("hirewall-gateway-dev-secret")
        .build();
  }

  private static JsonNode contain(
      HttpClient http, String base, Tokens tokens, List<String> usernames, int wait)
      throws Exception {
    StringBuilder targets = new StringBuilder();
    for (String u : usernames) {
      targets
          .append(targets.isEmpty() ? "" : ",")
          .append("{\"username\":\"")
          .append(u)
          .append("\"}");
    }
    String body =
        "{\"targets\":[" + targets + "],\"reason\":\"benchmark\",\"waitSeconds\":" + wait + "}";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/revocation/containments"))
                .header("Authorization", "Bearer " + tokens.forUser("security-officer"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("containment: " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /**
   * The same Keycloak work a Hirewall run does, one call after another with nothing persisted: find
   * the user; read user, sessions, consents and offline sessions, credentials and links,
   * memberships, reachable clients and login events; disable, log out, revoke consents, remove
   * credentials, leave groups, remove realm and client roles, rotate the two client secrets; check
   * each effect.
   */
  private static void rawSequence(RealmResource realm, String username) {
    UserRepresentation found = realm.users().searchByUsername(username, true).get(0);
    UserResource user = realm.users().get(found.getId());
    // inventory
    user.toRepresentation();
    user.getUserSessions();
    List<Map<String, Object>> consents = user.getConsents();
    String portal = realm.clients().findByClientId("workforce-portal").get(0).getId();
    user.getOfflineSessions(portal);
    List<CredentialRepresentation> credentials = user.credentials();
    user.getFederatedIdentity();
    List<GroupRepresentation> groups = user.groups();
    MappingsRepresentation mappings = user.roles().getAll();
    List<String> clients = List.of("ci-pipeline", "artifact-registry");
    List<String> clientUuids = new ArrayList<>();
    for (String c : clients) {
      clientUuids.add(realm.clients().findByClientId(c).get(0).getId());
    }
    for (GroupRepresentation g : groups) {
      realm.groups().group(g.getId()).roles().getAll();
    }
    realm.getEvents(List.of("LOGIN"), null, found.getId(), null, null, null, 0, 200);
    // revoke
    UserRepresentation u = user.toRepresentation();
    u.setEnabled(false);
    user.update(u);
    user.logout();
    for (Map<String, Object> c : consents) {
      user.revokeConsent(String.valueOf(c.get("clientId")));
    }
    for (CredentialRepresentation c : credentials) {
      user.removeCredential(c.getId());
    }
    for (GroupRepresentation g : groups) {
      user.leaveGroup(g.getId());
    }
    user.roles().realmLevel().remove(mappings.getRealmMappings());
    for (ClientMappingsRepresentation c : mappings.getClientMappings().values()) {
      user.roles().clientLevel(c.getId()).remove(c.getMappings());
    }
    for (String id : clientUuids) {
      realm.clients().get(id).generateNewSecret();
    }
    // verify
    check(!user.toRepresentation().isEnabled());
    check(user.getUserSessions().isEmpty());
    check(user.getConsents().isEmpty() && user.getOfflineSessions(portal).isEmpty());
    check(user.credentials().isEmpty());
    check(user.groups().isEmpty());
    MappingsRepresentation after = user.roles().getAll();
    check(after.getRealmMappings() == null || after.getRealmMappings().isEmpty());
    for (String id : clientUuids) {
      realm.clients().get(id).getSecret();
    }
  }

  private static void awaitLog(java.nio.file.Path log, String text, int seconds) throws Exception {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (System.currentTimeMillis() < deadline) {
      if (java.nio.file.Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(text + " not in " + log + " after " + seconds + " s");
  }

  /** When each step of a run started, was done and verified, as the run records them. */
  private static String steps(HttpClient http, String base, Tokens tokens, String runId)
      throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/revocation/runs/" + runId))
                .header("Authorization", "Bearer " + tokens.forUser("auditor"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode run = JSON.readTree(r.body());
    StringBuilder out = new StringBuilder("  requested " + run.path("requestedAt").asText());
    for (JsonNode step : run.path("steps")) {
      out.append("\n  ")
          .append(step.path("actionId").asText())
          .append(": started ")
          .append(step.path("startedAt").asText())
          .append(", done ")
          .append(step.path("doneAt").asText())
          .append(", verified ")
          .append(step.path("verifiedAt").asText());
    }
    return out.toString();
  }

  /** The run's HIREWALL-1210 line: its evidence, revocation and verification times. */
  private static String timings(java.nio.file.Path log, String runId) throws Exception {
    for (int i = 0; i < 20; i++) { // the line is logged just after the run is recorded complete
      var line =
          java.nio.file.Files.readAllLines(log).stream()
              .filter(l -> l.contains("HIREWALL-1210") && l.contains(runId))
              .map(l -> l.substring(l.indexOf("completed")))
              .findFirst();
      if (line.isPresent()) {
        return line.get();
      }
      Thread.sleep(100);
    }
    return "(no HIREWALL-1210 line)";
  }

  private static void check(boolean ok) {
    if (!ok) {
      throw new IllegalStateException("raw revocation did not hold");
    }
  }

  private static long percentile(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
