package org.hirewall.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewall.spi.MetricsSource;

/**
 * Revocation figures for {@code /metrics}, from the database (the same on every node): the time to
 * zero access of every completed run as a histogram, and the runs in each unfinished or failed
 * state.
 */
@ApplicationScoped
public class RevocationMetrics implements MetricsSource {

  /** Bucket bounds in seconds: the target is under one second. */
  static final double[] BOUNDS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

  @Inject RunStore runs;

  @Override
  public List<Metric> metrics() {
    RunStore.ZeroAccess z = runs.zeroAccess(BOUNDS);
    List<Sample> states = new ArrayList<>();
    Map<String, Long> byState = runs.countByState();
    for (String state : List.of("SCHEDULED", "QUEUED", "RUNNING", "WAITING", "FAILED")) {
      states.add(new Sample("", Map.of("state", state), byState.getOrDefault(state, 0L)));
    }
    return List.of(
        Metric.histogram(
            "hirewall_revocation_zero_access_seconds",
            "time from a containment's request (an offboarding's time) to verified zero access",
            BOUNDS,
            z.cumulative(),
            z.count(),
            z.sumSeconds()),
        new Metric(
            "hirewall_revocation_runs",
            "gauge",
            "revocation runs by state (waiting: retrying after a failure; failed: given up)",
            states));
  }
}
