package org.hirewall.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.hirewall.spi.Roles;

/**
 * Who is acting: the authenticated Hirewall user of the current request, or {@code system} when the
 * server acts on its own (schedulers, start-up). Goes into every audit record.
 */
@ApplicationScoped
public class Caller {

  /** Hirewall's own roles, as the {@code hirewall} realm grants them. */
  public static final List<String> ROLES =
      List.of(Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR);

  @Inject Instance<HttpServletRequest> request;

  public String name() {
    Principal p = principal();
    return p == null ? "system" : p.getName();
  }

  /** The caller's Hirewall roles, comma-separated; {@code system} outside a request. */
  public String role() {
    HttpServletRequest r = currentRequest();
    if (r == null || r.getUserPrincipal() == null) {
      return "system";
    }
    List<String> held = ROLES.stream().filter(r::isUserInRole).toList();
    return held.isEmpty() ? "none" : String.join(",", held);
  }

  private Principal principal() {
    HttpServletRequest r = currentRequest();
    return r == null ? null : r.getUserPrincipal();
  }

  private HttpServletRequest currentRequest() {
    try {
      HttpServletRequest r = request.get();
      r.getMethod(); // throws outside an active request
      return r;
    } catch (RuntimeException outsideRequest) {
      return null;
    }
  }
}
