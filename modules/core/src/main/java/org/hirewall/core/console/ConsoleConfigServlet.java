package org.hirewall.core.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /console/config.json}: where the console logs in (no secret: a public client). */
@WebServlet("/console/config.json")
public class ConsoleConfigServlet extends HttpServlet {

  private final ConsoleSettings settings = ConsoleSettings.fromEnvironment();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getOutputStream().write(settings.json().getBytes(StandardCharsets.UTF_8));
  }
}
