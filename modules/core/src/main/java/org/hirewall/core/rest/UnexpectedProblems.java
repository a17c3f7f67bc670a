package org.hirewall.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged with an incident id, answered as a 500 problem that carries the id
 * but no internals (stack traces can leak data).
 */
@Provider
public class UnexpectedProblems implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    // an outage wrapped by a container layer (an EJB's EJBException) is still an outage: 503
    return org.hirewall.spi.Unavailable.in(e)
        .map(new UnavailableProblems()::toResponse)
        .orElseGet(() -> internal(e));
  }

  static Response internal(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "HIREWALL-0500 unexpected error, incident " + incident, e);
    return Problem.response(
        500, "Internal error", "incident " + incident + " is in the server log", List.of());
  }
}
