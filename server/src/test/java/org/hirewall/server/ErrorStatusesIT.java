package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every error of the API is RFC 9457 problem+json, whichever layer answers it: the OIDC layer (401
 * with {@code WWW-Authenticate}), role checks (403), JAX-RS (404, 405, 406, 415) and body limits
 * (413).
 */
@ExtendWith(HirewallStack.class)
class ErrorStatusesIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final Api api = HirewallStack.get().api();

  private HttpResponse<String> send(String method, String path, String token, String... headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.baseUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    b.method(
        method,
        method.equals("GET") || method.equals("DELETE")
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString("{}"));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .as("content type of the " + status)
        .startsWith("application/problem+json");
    assertThat(r.body()).contains("\"status\":" + status);
  }

  @Test
  void unauthenticatedIsAProblemThatSaysHowToAuthenticate() throws Exception {
    HttpResponse<String> none = send("GET", "/api/controls", null);
    assertProblem(none, 401);
    assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");

    HttpResponse<String> forged = send("GET", "/api/controls", "eyJhbGciOiJSUzI1NiJ9.e30.AAAA");
    assertProblem(forged, 401);
    assertThat(forged.headers().firstValue("WWW-Authenticate").orElse(""))
        .contains("invalid_token");
  }

  @Test
  void everyOtherErrorStatusIsAProblem() throws Exception {
    String auditor = api.tokens().forUser("auditor");
    String officer = api.tokens().forUser("security-officer");
    assertProblem(
        send("POST", "/api/revocation/containments", auditor, "Content-Type", "application/json"),
        403);
    assertProblem(send("GET", "/api/no-such-thing", auditor), 404);
    assertProblem(send("DELETE", "/api/controls", auditor), 405);
    assertProblem(send("GET", "/api/controls", auditor, "Accept", "text/csv"), 406);
    assertProblem(
        send("POST", "/api/revocation/containments", officer, "Content-Type", "text/plain"), 415);
  }

  @Test
  void aBodyOverTheLimitIsA413Problem() throws Exception {
    String admin = api.tokens().forUser("it-admin");
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        api.baseUrl()
                            + "/api/vetting/cases/00000000-0000-0000-0000-000000000000/evidence"
                            + "?fileName=big.pdf"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[11 * 1024 * 1024]))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(r, 413);
  }
}
