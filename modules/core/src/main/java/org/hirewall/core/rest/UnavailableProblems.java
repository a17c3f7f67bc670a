package org.hirewall.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;
import org.hirewall.spi.Unavailable;

/**
 * A system Hirewall depends on could not be reached: 503 with {@code Retry-After}, a problem that
 * names the system and no internals. The request may simply be sent again (every call is
 * idempotent).
 */
@Provider
public class UnavailableProblems implements ExceptionMapper<Unavailable> {

  private static final Logger LOG = Logger.getLogger(UnavailableProblems.class.getName());

  /** Seconds a client is asked to wait before trying again. */
  static final int RETRY_AFTER = 5;

  @Override
  public Response toResponse(Unavailable e) {
    LOG.warning(() -> "HIREWALL-0503 " + e.getMessage() + ": " + e.getCause());
    Response problem = Problem.response(503, "Service Unavailable", e.getMessage(), List.of());
    return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER).build();
  }
}
