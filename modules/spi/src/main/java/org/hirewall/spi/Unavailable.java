package org.hirewall.spi;

/**
 * A system Hirewall depends on (Keycloak, say) could not be reached, even after retries: nothing is
 * wrong with the request, which may be sent again shortly. Answered as 503 with {@code
 * Retry-After}; background work keeps what it could not do for later instead of recording it as
 * failed.
 */
public class Unavailable extends RuntimeException {

  private final String system;

  public Unavailable(String system, String what, Throwable cause) {
    super(system + " could not be reached (" + what + "); try again shortly", cause);
    this.system = system;
  }

  /** The Unavailable in {@code e}'s causes (container layers wrap it), if there is one. */
  public static java.util.Optional<Unavailable> in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Unavailable u) {
        return java.util.Optional.of(u);
      }
    }
    return java.util.Optional.empty();
  }

  /** The system that could not be reached. */
  public String system() {
    return system;
  }
}
