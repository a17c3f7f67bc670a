package org.hirewall.core.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Control characters have no place in what people send: in JSON text (see {@link JsonMapping}) and,
 * here, in a URL's path or query (a {@code %00} in an id or a file name). Refused with a 400
 * problem before any resource runs. Tab, CR and LF are allowed in JSON text (notes have lines).
 */
@Provider
@PreMatching
public class ControlCharacters implements ContainerRequestFilter {

  static final String MESSAGE = "control characters are not allowed";

  /** True when {@code s} has no control character other than tab, CR and LF. */
  static boolean allowed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath(true);
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    String decodedQuery;
    try {
      decodedQuery =
          query == null
              ? ""
              : java.net.URLDecoder.decode(
                  query.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      decodedQuery = "\u0000"; // a broken %-escape: refused like a control character
    }
    if (!allowed(path)
        || !allowed(decodedQuery)
        || path.indexOf('\t') >= 0
        || path.indexOf('\n') >= 0
        || decodedQuery.indexOf('\n') >= 0) {
      request.abortWith(
          Problem.response(
              400,
              "Invalid input",
              MESSAGE + " in the URL",
              List.of(new Problem.FieldError("url", MESSAGE))));
    }
  }
}
