package org.hirewall.core.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** HTTP errors raised by resources or by JAX-RS itself (404, 405, 415, bad JSON) as problems. */
@Provider
public class WebProblems implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    String title = original.getStatusInfo().getReasonPhrase();
    // the framework's own messages name server classes (RESTEASY003200 ... class org.hirewall...):
    // a resource's own message is kept, the framework's replaced by one in the caller's terms
    String own = e.getMessage();
    String detail =
        status >= 500
            ? "see the server log"
            : own != null
                    && !own.startsWith("RESTEASY")
                    && !own.contains("org.hirewall")
                    && !own.startsWith("HTTP ")
                ? own
                : ErrorPageServlet.detailOf(status) != null
                    ? ErrorPageServlet.detailOf(status)
                    : ErrorPageServlet.titleOf(status);
    return Problem.response(status, title, detail, List.of());
  }
}
