package org.hirewall.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Workforce users as an insider looks after weeks on the job, for revocation tests and benchmarks:
 * password and OTP, two online sessions and an offline token from the {@code workforce-portal}
 * client, group {@code engineering} (which the revocation policy maps to the confidential client
 * {@code ci-pipeline}), realm role {@code developer} and client role {@code artifact-registry:
 * publish}. Tokens can be introspected through the {@code token-introspection} client.
 */
public final class Insiders {

  public static final String PASSWORD = "Insider-Passw0rd!";
  private static final String OTP_SECRET = "insider-otp-secret-0123456789";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A created insider and the tokens they obtained before any revocation. */
  public record Insider(
      String username,
      String userId,
      List<String> accessTokens,
      String offlineToken,
      long otpStep) {}

  private final String keycloakUrl;
  private final RealmResource workforce;

  /** {@code workforce}: the workforce realm through an admin client (test setup rights). */
  public Insiders(String keycloakUrl, RealmResource workforce) {
    this.keycloakUrl = keycloakUrl;
    this.workforce = workforce;
  }

  public Insider create(String username) {
    UserRepresentation u = new UserRepresentation();
    u.setUsername(username);
    u.setEmail(username + "@corp.example.org");
    u.setFirstName("Insider");
    u.setLastName(username);
    u.setEnabled(true);
    u.setEmailVerified(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(PASSWORD);
    password.setTemporary(false);
    CredentialRepresentation otp = new CredentialRepresentation();
    otp.setType(CredentialRepresentation.TOTP);
    otp.setUserLabel("phone");
    otp.setSecretData("{\"value\":\"" + OTP_SECRET + "\"}");
    otp.setCredentialData(
        "{\"subType\":\"totp\",\"digits\":6,\"period\":30,\"algorithm\":\"HmacSHA1\",\"counter\":0}");
    u.setCredentials(List.of(password, otp));
    String id;
    try (Response r = workforce.users().create(u)) {
      id = CreatedResponseUtil.getCreatedId(r);
    }
    var user = workforce.users().get(id);
    user.joinGroup(workforce.groups().groups("engineering", true, 0, 1, true).get(0).getId());
    user.roles().realmLevel().add(List.of(workforce.roles().get("developer").toRepresentation()));
    String registry = workforce.clients().findByClientId("artifact-registry").get(0).getId();
    RoleRepresentation publish =
        workforce.clients().get(registry).roles().get("publish").toRepresentation();
    user.roles().clientLevel(registry).add(List.of(publish));
    // three logins, each with its own one-time code: Keycloak accepts the codes of the previous,
    // current and next 30 s step, and each only once
    java.util.Set<Long> used = new java.util.TreeSet<>();
    List<String> access = new ArrayList<>();
    access.add(login(id, username, used, false).get("access_token").asText());
    access.add(login(id, username, used, false).get("access_token").asText());
    JsonNode offline = login(id, username, used, true);
    access.add(offline.get("access_token").asText());
    long last = used.stream().mapToLong(Long::longValue).max().orElseThrow();
    return new Insider(username, id, access, offline.get("refresh_token").asText(), last);
  }

  /**
   * What the user can still do, read from Keycloak: empty once they have zero access (disabled, no
   * session, offline session, consent, credential, group, realm or client role).
   */
  public List<String> remainingAccess(String userId) {
    var user = workforce.users().get(userId);
    List<String> left = new ArrayList<>();
    if (Boolean.TRUE.equals(user.toRepresentation().isEnabled())) {
      left.add("enabled");
    }
    user.getUserSessions().forEach(x -> left.add("session " + x.getId()));
    String portal = workforce.clients().findByClientId("workforce-portal").get(0).getId();
    user.getOfflineSessions(portal).forEach(x -> left.add("offline session " + x.getId()));
    user.getConsents().forEach(x -> left.add("consent " + x.get("clientId")));
    user.credentials().forEach(x -> left.add("credential " + x.getType()));
    user.groups().forEach(x -> left.add("group " + x.getName()));
    var roles = user.roles().getAll();
    if (roles.getRealmMappings() != null) {
      roles.getRealmMappings().forEach(x -> left.add("realm role " + x.getName()));
    }
    if (roles.getClientMappings() != null) {
      roles.getClientMappings().forEach((client, m) -> left.add("client roles of " + client));
    }
    return left;
  }

  /** A step whose code Keycloak accepts now and that was not used: now, next, then previous. */
  private static long fresh(java.util.Set<Long> used) {
    while (true) {
      long now = System.currentTimeMillis() / 30_000;
      for (long s : new long[] {now, now + 1, now - 1}) {
        if (used.add(s)) {
          return s;
        }
      }
      Processes.sleep(500); // all three taken: the next step frees one
    }
  }

  /** How a login attempt ended: the HTTP status and Keycloak's error description, if any. */
  public record Attempt(int status, String error) {}

  /**
   * A fresh password + OTP login that works unless access was revoked. Keycloak refuses a one-time
   * code used before, and {@link #create} used the codes of the steps around its own, so this waits
   * (at most 30 s) until the next step's code is accepted.
   */
  public Attempt login(Insider insider) {
    long next = insider.otpStep() + 1; // the newest step used + 1: accepted from that step on
    while (System.currentTimeMillis() / 30_000 < next - 1) {
      Processes.sleep(200);
    }
    return attempt(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "workforce-portal",
            "username",
            insider.username(),
            "password",
            PASSWORD,
            "totp",
            totp(next)));
  }

  /** Uses an offline (or refresh) token to get a new access token. */
  public Attempt refresh(String refreshToken) {
    return attempt(
        Map.of(
            "grant_type", "refresh_token",
            "client_id", "workforce-portal",
            "refresh_token", refreshToken));
  }

  private Attempt attempt(Map<String, String> form) {
    try {
      HttpResponse<String> r = post("/protocol/openid-connect/token", form, null);
      JsonNode body = JSON.readTree(r.body());
      return new Attempt(
          r.statusCode(),
          body.has("error_description") ? body.get("error_description").asText() : "");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether Keycloak's introspection endpoint calls {@code token} active; {@code refresh} for
   * refresh and offline tokens.
   */
  public boolean active(String token, boolean refresh) {
    try {
      HttpResponse<String> r =
          post(
              "/protocol/openid-connect/token/introspect",
              Map.of("token", token, "token_type_hint", refresh ? "refresh_token" : "access_token"),
              "token-introspection:token-introspection-dev-secret");
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            "introspection answered " + r.statusCode() + " " + r.body());
      }
      return JSON.readTree(r.body()).get("active").asBoolean();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Logs in with a fresh one-time code. Keycloak's brute-force protection now and then marks a user
   * who logs in several times within a second "temporarily disabled" (about one user in a few
   * hundred here): the fixture then clears that, as an administrator would, and tries once more.
   */
  private JsonNode login(
      String userId, String username, java.util.Set<Long> used, boolean offline) {
    try {
      return login(username, PASSWORD, totp(fresh(used)), offline);
    } catch (IllegalStateException refused) {
      workforce.attackDetection().clearBruteForceForUser(userId);
      Processes.sleep(1100);
      return login(username, PASSWORD, totp(fresh(used)), offline);
    }
  }

  private JsonNode login(String username, String password, String code, boolean offline) {
    try {
      Map<String, String> form = new java.util.LinkedHashMap<>();
      form.put("grant_type", "password");
      form.put("client_id", "workforce-portal");
      form.put("username", username);
      form.put("password", password);
      form.put("totp", code);
      form.put("scope", offline ? "openid offline_access" : "openid");
      HttpResponse<String> r = post("/protocol/openid-connect/token", form, null);
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            "login of " + username + ": " + r.statusCode() + " " + r.body());
      }
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String path, Map<String, String> form, String basic)
      throws IOException {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/workforce" + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (basic != null) {
      b.header(
          "Authorization",
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** RFC 6238 TOTP (HMAC-SHA1, 6 digits) for the 30-second step {@code step}. */
  static String totp(long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(OTP_SECRET.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int o = h[h.length - 1] & 0x0f;
      int v =
          ((h[o] & 0x7f) << 24
              | (h[o + 1] & 0xff) << 16
              | (h[o + 2] & 0xff) << 8
              | (h[o + 3] & 0xff));
      return String.format("%06d", v % 1_000_000);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
