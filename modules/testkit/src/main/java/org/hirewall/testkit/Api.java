package org.hirewall.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small HTTP client for black-box tests: calls Hirewall as a given user (or anonymously). */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final Tokens tokens;

  public Api(String baseUrl, Tokens tokens) {
    this.baseUrl = baseUrl;
    this.tokens = tokens;
  }

  public Tokens tokens() {
    return tokens;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The answer: status, content type, body (parsed as JSON on demand) and headers. */
  public record Reply(
      int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    public static Reply of(HttpResponse<String> r) {
      return new Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** Calls {@code method path} as {@code user}; {@code user == null} is anonymous. */
  public Reply call(String method, String path, String user, String jsonBody) {
    return send(method, path, user, "application/json", jsonBody);
  }

  /** As {@link #call}, with a text body of {@code contentType} (a CSV, say). */
  public Reply send(String method, String path, String user, String contentType, String body) {
    HttpResponse<String> r =
        exchange(
            method,
            path,
            user,
            contentType,
            body == null ? null : HttpRequest.BodyPublishers.ofString(body),
            HttpResponse.BodyHandlers.ofString());
    return Reply.of(r);
  }

  /** A binary answer (a report file): status, headers and the bytes. */
  public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** {@code method path} as {@code user}, sending {@code body} (or nothing) and keeping bytes. */
  public Download bytes(String method, String path, String user, byte[] body) {
    HttpResponse<byte[]> r =
        exchange(
            method,
            path,
            user,
            "application/octet-stream",
            body == null ? null : HttpRequest.BodyPublishers.ofByteArray(body),
            HttpResponse.BodyHandlers.ofByteArray());
    return new Download(r.statusCode(), r.headers(), r.body());
  }

  /** One request as {@code user} (null: anonymous), with {@code body} (null: none). */
  private <T> HttpResponse<T> exchange(
      String method,
      String path,
      String user,
      String contentType,
      HttpRequest.BodyPublisher body,
      HttpResponse.BodyHandler<T> answer) {
    // a server that hangs fails the call instead of the whole run
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(java.time.Duration.ofMinutes(2));
    if (user != null) {
      b.header("Authorization", "Bearer " + tokens.forUser(user));
    }
    if (body != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    try {
      return HTTP.send(b.build(), answer);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply get(String path, String user) {
    return call("GET", path, user, null);
  }

  public Reply post(String path, String user, String jsonBody) {
    return call("POST", path, user, jsonBody);
  }
}
