package org.hirewall.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The retry policy on its own. Keycloak cannot be made to fail transiently on demand, so the
 * failures here are thrown by the test; the real gateway is exercised against a real Keycloak in
 * the server's WorkforceGatewayIT.
 */
class RetryTest {

  private final Retry retry = new Retry(3, Duration.ofMillis(1));

  @Test
  void retriesConnectionFailuresAndServerErrorsUntilSuccess() {
    AtomicInteger calls = new AtomicInteger();
    String result =
        retry.call(
            "t",
            () -> {
              int n = calls.incrementAndGet();
              if (n == 1) {
                throw new ProcessingException("connection refused");
              }
              if (n == 2) {
                throw new WebApplicationException(503);
              }
              return "ok";
            });
    assertThat(result).isEqualTo("ok");
    assertThat(calls).hasValue(3);
  }

  @Test
  void neverRetriesAClientError() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retry.call(
                    "t",
                    () -> {
                      calls.incrementAndGet();
                      throw new WebApplicationException(403);
                    }))
        .isInstanceOf(WebApplicationException.class);
    assertThat(calls).hasValue(1);
  }

  @Test
  void givesUpAfterMaxAttempts() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retry.call(
                    "t",
                    () -> {
                      calls.incrementAndGet();
                      throw new WebApplicationException(502);
                    }))
        .isInstanceOf(org.hirewall.spi.Unavailable.class)
        .hasMessage("Keycloak could not be reached (t); try again shortly")
        .hasCauseInstanceOf(WebApplicationException.class);
    assertThat(calls).hasValue(3);
  }

  @Test
  void settingsNeverPrintTheSecret() {
    GatewaySettings s = GatewaySettings.of("http://127.0.0.1:1", "workforce", "c", "s3cr3t-value");
    assertThat(s.toString()).doesNotContain("s3cr3t-value").contains("****");
  }
}
