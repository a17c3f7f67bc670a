package org.hirewall.keycloak;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.hirewall.spi.Unavailable;

/**
 * Retries a Keycloak call on transient failure only: no connection, a timeout, 429 or a 5xx. A 4xx
 * is an answer, not a hiccup, and is thrown at once. Backoff doubles from {@code firstDelay}; when
 * every attempt failed transiently, {@link Unavailable} says so (a 503 to a caller, work kept for
 * later in the background). Only idempotent calls may go through here.
 */
public final class Retry {

  private static final Logger LOG = Logger.getLogger(Retry.class.getName());

  private final int maxAttempts;
  private final Duration firstDelay;

  public Retry(int maxAttempts, Duration firstDelay) {
    this.maxAttempts = maxAttempts;
    this.firstDelay = firstDelay;
  }

  public <T> T call(String what, Supplier<T> operation) {
    RuntimeException last = null;
    long delay = firstDelay.toMillis();
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        return operation.get();
      } catch (RuntimeException e) {
        if (!isTransient(e)) {
          throw e;
        }
        last = e;
        if (attempt < maxAttempts) {
          int n = attempt;
          LOG.warning(
              () ->
                  "HIREWALL-0301 Keycloak call '"
                      + what
                      + "' failed transiently (attempt "
                      + n
                      + " of "
                      + maxAttempts
                      + "): "
                      + e.getClass().getSimpleName());
          sleep(delay);
          delay *= 2;
        }
      }
    }
    throw new Unavailable("Keycloak", what, last);
  }

  public void run(String what, Runnable operation) {
    call(
        what,
        () -> {
          operation.run();
          return null;
        });
  }

  static boolean isTransient(Throwable e) {
    if (e instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      return status == 429 || status >= 500;
    }
    return e instanceof ProcessingException;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying", ie);
    }
  }
}
