package org.hirewall.testkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hirewall.testkit.Tokens;

/**
 * Sends {@link BadInputs} cases to a running server and judges each answer: a 5xx is a failure, and
 * so is an error (4xx) that is not {@code application/problem+json} or that shows internals (a Java
 * class, a stack frame, SQL). Every failing request is kept with its answer.
 */
public final class FuzzRun {

  /** {@code requests}: those sent (a case whose URL the client refuses to build is not). */
  public record Result(int requests, int serverErrors, int nonProblem, List<String> failures) {}

  private static final String FORGED_JWT =
      "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOT_SENT = "not sent";

  private FuzzRun() {}

  /** The server's OpenAPI document and, per "METHOD path", the roles that may call it. */
  public record Api(JsonNode openapi, Map<String, List<String>> roles) {}

  public static Api describe(String baseUrl, Tokens tokens)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    JsonNode openapi =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/openapi?format=JSON")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    JsonNode endpoints =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/endpoints"))
                        .header("Authorization", "Bearer " + tokens.forUser("auditor"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    Map<String, List<String>> roles = new HashMap<>();
    for (JsonNode e : endpoints) {
      List<String> r = new ArrayList<>();
      e.path("roles").forEach(x -> r.add(x.asText()));
      roles.put(e.path("method").asText() + " " + e.path("path").asText(), r);
    }
    return new Api(openapi, roles);
  }

  public static Result run(String baseUrl, Tokens tokens, List<BadInputs.Case> cases, int threads)
      throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Map<String, String> bearer = new HashMap<>();
    for (String u : BadInputs.USERS) {
      bearer.put(u, tokens.forUser(u));
    }
    bearer.put(BadInputs.FORGED, FORGED_JWT);
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger serverErrors = new AtomicInteger();
    AtomicInteger nonProblem = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (BadInputs.Case c : cases) {
        all.add(
            pool.submit(
                () -> {
                  String verdict = judge(http, baseUrl, bearer, c);
                  if (verdict == NOT_SENT) {
                    return;
                  }
                  sent.incrementAndGet();
                  if (verdict != null) {
                    if (verdict.startsWith("5")) {
                      serverErrors.incrementAndGet();
                    } else {
                      nonProblem.incrementAndGet();
                    }
                    failures.add(verdict + " <- " + c.describe());
                  }
                }));
      }
      for (Future<?> f : all) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add("runner: " + e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(sent.get(), serverErrors.get(), nonProblem.get(), List.copyOf(failures));
  }

  /** Null when the answer is acceptable; else what is wrong, starting with the status. */
  static String judge(
      HttpClient http, String baseUrl, Map<String, String> bearer, BadInputs.Case c) {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(baseUrl + c.path())).timeout(Duration.ofSeconds(90));
    } catch (IllegalArgumentException notAUri) {
      return NOT_SENT; // the client cannot even send it: not counted as a request
    }
    if (c.user() != null) {
      b.header("Authorization", "Bearer " + bearer.get(c.user()));
    }
    if (c.contentType() != null) {
      b.header("Content-Type", c.contentType());
    }
    b.method(
        c.method(),
        c.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(c.body()));
    HttpResponse<String> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return "no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    int status = r.statusCode();
    String type = r.headers().firstValue("Content-Type").orElse("");
    String body = r.body() == null ? "" : r.body();
    String shown =
        status + " " + type + " " + (body.length() > 300 ? body.substring(0, 300) : body);
    if (status >= 500) {
      return shown;
    }
    if (status >= 400 && !type.startsWith("application/problem+json")) {
      return "not problem+json: " + shown;
    }
    if (status >= 400
        && (body.contains("Exception")
            || body.contains("org.hirewall.")
            || body.contains("SQL")
            || body.contains("\tat "))) {
      return "internals shown: " + shown;
    }
    return null;
  }
}
