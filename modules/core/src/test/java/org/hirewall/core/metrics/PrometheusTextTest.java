package org.hirewall.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hirewall.spi.MetricsSource;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  @Test
  void gaugesAndHistogramsAreWrittenInTheTextFormat() {
    String text =
        PrometheusText.write(
            List.of(
                new MetricsSource.Metric(
                    "hirewall_runs",
                    "gauge",
                    "runs by state",
                    List.of(new MetricsSource.Sample("", Map.of("state", "FAILED"), 2))),
                MetricsSource.Metric.histogram(
                    "hirewall_zero_access_seconds",
                    "time to zero access",
                    new double[] {0.1, 0.5},
                    new long[] {3, 5},
                    6,
                    1.75)));
    assertThat(text)
        .isEqualTo(
            "# HELP hirewall_runs runs by state\n"
                + "# TYPE hirewall_runs gauge\n"
                + "hirewall_runs{state=\"FAILED\"} 2\n"
                + "# HELP hirewall_zero_access_seconds time to zero access\n"
                + "# TYPE hirewall_zero_access_seconds histogram\n"
                + "hirewall_zero_access_seconds_bucket{le=\"0.1\"} 3\n"
                + "hirewall_zero_access_seconds_bucket{le=\"0.5\"} 5\n"
                + "hirewall_zero_access_seconds_bucket{le=\"+Inf\"} 6\n"
                + "hirewall_zero_access_seconds_sum 1.75\n"
                + "hirewall_zero_access_seconds_count 6\n");
  }
}
