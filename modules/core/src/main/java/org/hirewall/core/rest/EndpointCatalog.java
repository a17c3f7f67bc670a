package org.hirewall.core.rest;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lists resource methods with their HTTP method, full path and declared roles. */
public final class EndpointCatalog {

  /**
   * @param roles the roles admitted; empty with {@code open=false} means none were declared
   * @param open true for {@code @PermitAll} endpoints (health only)
   */
  public record Endpoint(String method, String path, List<String> roles, boolean open) {}

  private EndpointCatalog() {}

  public static List<Endpoint> of(List<Class<?>> resources) {
    List<Endpoint> out = new ArrayList<>();
    for (Class<?> type : resources) {
      String base = type.getAnnotation(Path.class).value();
      for (Method m : type.getMethods()) {
        String http = httpMethod(m);
        if (http == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String path = join(base, sub == null ? "" : sub.value());
        out.add(new Endpoint(http, path, roles(m, type), isOpen(m, type)));
      }
    }
    out.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    return out;
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
      if (h != null) {
        return h.value();
      }
    }
    return null;
  }

  private static List<String> roles(Method m, Class<?> type) {
    if (m.isAnnotationPresent(DenyAll.class)) {
      return List.of();
    }
    RolesAllowed r = m.getAnnotation(RolesAllowed.class);
    if (r == null && !m.isAnnotationPresent(PermitAll.class)) {
      r = type.getAnnotation(RolesAllowed.class);
    }
    return r == null ? List.of() : List.of(r.value());
  }

  private static boolean isOpen(Method m, Class<?> type) {
    return m.isAnnotationPresent(PermitAll.class)
        || (!m.isAnnotationPresent(RolesAllowed.class)
            && type.isAnnotationPresent(PermitAll.class));
  }

  private static String join(String base, String sub) {
    String p = ("/" + base + "/" + sub).replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
