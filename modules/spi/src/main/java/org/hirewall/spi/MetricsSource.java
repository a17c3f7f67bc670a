package org.hirewall.spi;

import java.util.List;
import java.util.Map;

/**
 * Figures a plugin (or the core) contributes to {@code GET /metrics}, which the server writes in
 * the Prometheus text format. A bean implementing this is found by CDI; nothing else is needed.
 * Figures read from the database are the same on every node; in-memory ones are this node's.
 */
public interface MetricsSource {

  List<Metric> metrics();

  /** One metric family: {@code type} is {@code gauge}, {@code counter} or {@code histogram}. */
  record Metric(String name, String type, String help, List<Sample> samples) {

    public static Metric gauge(String name, String help, double value) {
      return new Metric(name, "gauge", help, List.of(new Sample("", Map.of(), value)));
    }

    /**
     * A histogram from bucket counts: {@code upperBounds} ascending, {@code cumulative[i]} the
     * observations at or below bound i, {@code count} and {@code sum} of all observations.
     */
    public static Metric histogram(
        String name, String help, double[] upperBounds, long[] cumulative, long count, double sum) {
      List<Sample> samples = new java.util.ArrayList<>();
      for (int i = 0; i < upperBounds.length; i++) {
        double b = upperBounds[i];
        String le = b == Math.rint(b) ? Long.toString((long) b) : Double.toString(b);
        samples.add(new Sample("_bucket", Map.of("le", le), cumulative[i]));
      }
      samples.add(new Sample("_bucket", Map.of("le", "+Inf"), count));
      samples.add(new Sample("_sum", Map.of(), sum));
      samples.add(new Sample("_count", Map.of(), count));
      return new Metric(name, "histogram", help, samples);
    }
  }

  /** A sample: {@code suffix} such as {@code _bucket}, {@code _sum}, {@code _count} or empty. */
  record Sample(String suffix, Map<String, String> labels, double value) {}
}
