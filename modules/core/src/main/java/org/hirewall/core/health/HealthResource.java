package org.hirewall.core.health;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Health on the application port, open to anyone (load balancers, {@code bin/hirewall}). The same
 * checks also answer on the management port's MicroProfile Health endpoint.
 */
@Path("/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject @Readiness @Any Instance<HealthCheck> readiness;

  @GET
  @Path("/ready")
  @PermitAll
  public Response ready() {
    List<Map<String, Object>> checks = new ArrayList<>();
    boolean up = true;
    for (HealthCheck check : readiness) {
      HealthCheckResponse r = check.call();
      up &= r.getStatus() == HealthCheckResponse.Status.UP;
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", r.getName());
      c.put("status", r.getStatus().name());
      r.getData().ifPresent(d -> c.put("data", d));
      checks.add(c);
    }
    Map<String, Object> body = Map.of("status", up ? "UP" : "DOWN", "checks", checks);
    return Response.status(up ? 200 : 503).entity(body).build();
  }

  @GET
  @Path("/live")
  @PermitAll
  public Map<String, String> live() {
    return Map.of("status", "UP");
  }
}
