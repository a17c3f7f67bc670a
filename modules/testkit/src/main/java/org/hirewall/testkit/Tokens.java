package org.hirewall.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for the development users of the {@code hirewall} realm, obtained from the real
 * Keycloak with the password grant of the public {@code hirewall-cli} client. Cached per user.
 */
public final class Tokens {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String realmUrl;

  private record Cached(String token, long fetchedAtNanos) {}

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public Tokens(String realmUrl) {
    this.realmUrl = realmUrl;
  }

  /** A token for a demo user whose password is its username ({@code it-admin}, ...). */
  public String forUser(String username) {
    // tokens live 5 minutes in the development realm: fetch a new one after 4
    return cache
        .compute(
            username,
            (u, c) ->
                c != null && System.nanoTime() - c.fetchedAtNanos() < 240_000_000_000L
                    ? c
                    : new Cached(fetch(u, u), System.nanoTime()))
        .token();
  }

  /** A fresh token, never cached. */
  public String fetch(String username, String password) {
    String form =
        "grant_type=password&client_id=hirewall-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            "token for " + username + " refused: " + r.statusCode() + " " + r.body());
      }
      JsonNode body = JSON.readTree(r.body());
      return body.get("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak unreachable at " + realmUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
