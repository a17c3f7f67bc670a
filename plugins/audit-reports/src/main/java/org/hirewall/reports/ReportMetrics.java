package org.hirewall.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hirewall.spi.MetricsSource;

/** Report jobs on this node waiting for a worker and being produced, for {@code /metrics}. */
@ApplicationScoped
public class ReportMetrics implements MetricsSource {

  @Inject ReportJobs jobs;

  @Override
  public List<Metric> metrics() {
    long[] q = jobs.queuedAndRunning();
    return List.of(
        new Metric(
            "hirewall_report_jobs",
            "gauge",
            "report jobs on this node by state",
            List.of(
                new Sample("", Map.of("state", "queued"), q[0]),
                new Sample("", Map.of("state", "running"), q[1]))));
  }
}
