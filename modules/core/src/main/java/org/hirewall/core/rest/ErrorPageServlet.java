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
    String title;
    String detail;
    if (error != null && String.valueOf(error.getMessage()).startsWith("ELY230")) {
      status = 503;
      title = "Identity provider unavailable";
      detail = "the token cannot be checked because Keycloak is unreachable; retry later";
      LOG.warning("HIREWALL-0401 token check failed, identity provider unreachable");
    } else {
      title = titleOf(status);
      detail = detailOf(status);
    }
    if (status == 401) {
      // RFC 6750: say how to authenticate, and whether the token sent was the problem
      boolean sentToken =
          String.valueOf(req.getHeader("Authorization")).regionMatches(true, 0, "Bearer ", 0, 7);
      resp.setHeader(
          "WWW-Authenticate",
          sentToken
              ? "Bearer realm=\"hirewall\", error=\"invalid_token\""
              : "Bearer realm=\"hirewall\"");
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

  static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      default -> status < 500 ? "Request failed" : "Internal error";
    };
  }

  static String detailOf(int status) {
    return switch (status) {
      case 401 -> "send a bearer token from the hirewall realm (Authorization: Bearer ...)";
      case 403 -> "your role may not do this";
      case 404 -> "no such resource";
      case 405 -> "this endpoint does not answer this method";
      case 406 -> "this endpoint cannot answer in the media type asked for (Accept)";
      case 413 -> "the request body is larger than this endpoint accepts";
      case 415 -> "this endpoint does not accept this Content-Type";
      default -> status < 500 ? null : "see the server log";
    };
  }
}
