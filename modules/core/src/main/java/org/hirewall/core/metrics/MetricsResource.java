package org.hirewall.core.metrics;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hirewall.spi.MetricsSource;

/**
 * {@code GET /metrics}: every {@link MetricsSource}'s figures in the Prometheus text format, open
 * like {@code /health} (counts and durations only: no name, no identifier). A source that fails is
 * left out and logged; the others are still answered.
 */
@Path("/metrics")
@RequestScoped
public class MetricsResource {

  private static final Logger LOG = Logger.getLogger(MetricsResource.class.getName());

  @Inject @Any Instance<MetricsSource> sources;

  @GET
  @PermitAll
  public Response metrics() {
    List<MetricsSource.Metric> all = new ArrayList<>();
    for (MetricsSource s : sources) {
      try {
        all.addAll(s.metrics());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "HIREWALL-0601 metrics of " + s.getClass().getName() + " failed", e);
      }
    }
    return Response.ok(PrometheusText.write(all), PrometheusText.MEDIA_TYPE).build();
  }
}
