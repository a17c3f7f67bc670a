package org.hirewall.core.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The console's security headers: a strict Content-Security-Policy (scripts and styles from this
 * server only, nothing inline; connections to this server and to Keycloak; never framed), no MIME
 * sniffing, no referrer. The API stays bearer-only; the console is static files that call it.
 */
@WebFilter({"/console", "/console/*"})
public class ConsoleHeaders extends HttpFilter {

  private final String policy = policy(ConsoleSettings.fromEnvironment());

  static String policy(ConsoleSettings settings) {
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " font-src 'self'; connect-src 'self' "
        + settings.keycloakOrigin()
        + "; form-action 'self' "
        + settings.keycloakOrigin()
        + "; base-uri 'none'; frame-ancestors 'none'";
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    resp.setHeader("Content-Security-Policy", policy);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "no-referrer");
    resp.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(req, resp);
  }
}
