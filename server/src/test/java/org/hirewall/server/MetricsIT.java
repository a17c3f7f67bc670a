package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hirewall.server.revocation.RevocationIT;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.hirewall.testkit.Insiders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /metrics} in the Prometheus text format, with every plugin's figures (RESP-07). */
@ExtendWith(HirewallStack.class)
class MetricsIT {

  private final Api api = HirewallStack.get().api();

  private HttpResponse<String> scrape() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(api.baseUrl() + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static long count(String text) {
    return text.lines()
        .filter(l -> l.startsWith("hirewall_revocation_zero_access_seconds_count "))
        .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(' ') + 1)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aContainmentShowsInTheTimeToZeroAccessHistogram() throws Exception {
    HttpResponse<String> before = scrape();
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(before.body())
        .contains("# TYPE hirewall_revocation_zero_access_seconds histogram")
        .contains("hirewall_revocation_zero_access_seconds_bucket{le=\"1\"}")
        .contains("hirewall_revocation_runs{state=\"WAITING\"}")
        .contains("hirewall_revocation_runs{state=\"FAILED\"}")
        .contains("hirewall_grants_expiring_soon")
        .contains("hirewall_audit_records_pending")
        .contains("hirewall_report_jobs{state=\"queued\"}");

    Insiders.Insider insider = Workforce.insiders().create(Workforce.name("metrics"));
    Api.Reply r =
        api.post(
            "/api/revocation/containments",
            "security-officer",
            RevocationIT.containment("Detected: metrics test", 30, insider.username()));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(count(scrape().body())).isEqualTo(count(before.body()) + 1);
  }
}
