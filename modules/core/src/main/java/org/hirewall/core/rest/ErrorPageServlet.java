package org.hirewall.core.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Errors raised outside the REST layer (the container's OIDC check, a servlet failure) end here via
 * web.xml's error pages and are answered as problem+json instead of an HTML page with internals.
 * When the identity provider cannot be reached to check a token, the answer is 503, not 500: the
 * request was not wrong, Keycloak is down.
 */
@WebServlet("/problem")
public class ErrorPageServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable error = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    // reached directly rather than as an error page: there is nothing here
    int status = code instanceof Integer i ? i : 404;
    String title = "Internal error";
    String detail = "see the server log";
    if (error != null && String.valueOf(error.getMessage()).startsWith("ELY230")) {
      status = 503;
      title = "Identity provider unavailable";
      detail = "the token cannot be checked because Keycloak is unreachable; retry later";
      LOG.warning("HIREWALL-0401 token check failed, identity provider unreachable");
    } else if (status == 404) {
      title = "Not Found";
      detail = "no such resource";
    } else if (status < 500) {
      title = "Request failed";
      detail = null;
    }
    resp.setStatus(status);
    resp.setContentType(Problem.MEDIA_TYPE);
    resp.setCharacterEncoding("UTF-8");
    String json =
        "{\"type\":\"https://hirewall.org/problems/"
            + title.toLowerCase().replace(' ', '-')
            + "\",\"title\":\""
            + title
            + "\",\"status\":"
            + status
            + (detail == null ? "" : ",\"detail\":\"" + detail + "\"")
            + "}";
    resp.getWriter().write(json);
  }
}
