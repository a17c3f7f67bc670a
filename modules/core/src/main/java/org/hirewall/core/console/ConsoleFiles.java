package org.hirewall.core.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The console's static files, from the WAR's {@code console/} folder and from every plugin JAR's
 * {@code META-INF/resources/console/} (the servlet container joins both): JAX-RS owns {@code /}, so
 * the container's default servlet never sees these paths. Only known file types; no directory
 * listings ({@code /console} itself leads to the shell's page), no path outside {@code console/}.
 */
@WebServlet("/console/*")
public class ConsoleFiles extends HttpServlet {

  static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "css", "text/css;charset=UTF-8",
          "json", "application/json",
          "png", "image/png",
          "svg", "image/svg+xml",
          "txt", "text/plain;charset=UTF-8");

  /** The type of a console file path, or null when it is not one the console serves. */
  static String typeOf(String path) {
    if (path == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
      return null;
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : TYPES.get(path.substring(dot + 1));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    if (path == null || path.equals("/")) { // /console or /console/: the shell's page
      resp.sendRedirect(req.getContextPath() + "/console/index.html");
      return;
    }
    String type = typeOf(path);
    InputStream in =
        type == null ? null : getServletContext().getResourceAsStream("/console" + path);
    if (in == null) {
      resp.sendError(404);
      return;
    }
    try (in) {
      resp.setContentType(type);
      resp.setHeader("Cache-Control", "no-cache"); // revalidated: a new version shows at once
      in.transferTo(resp.getOutputStream());
    }
  }
}
