package org.hirewall.core.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hirewall.spi.MetricsSource;

/** Writes metric families in the Prometheus text exposition format (version 0.0.4). */
public final class PrometheusText {

  public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private PrometheusText() {}

  public static String write(List<MetricsSource.Metric> metrics) {
    StringBuilder out = new StringBuilder();
    for (MetricsSource.Metric m : metrics) {
      out.append("# HELP ").append(m.name()).append(' ').append(escapeHelp(m.help())).append('\n');
      out.append("# TYPE ").append(m.name()).append(' ').append(m.type()).append('\n');
      for (MetricsSource.Sample s : m.samples()) {
        out.append(m.name()).append(s.suffix());
        if (!s.labels().isEmpty()) {
          out.append('{');
          boolean first = true;
          for (Map.Entry<String, String> l : new TreeMap<>(s.labels()).entrySet()) {
            out.append(first ? "" : ",").append(l.getKey()).append("=\"");
            out.append(escapeLabel(l.getValue())).append('"');
            first = false;
          }
          out.append('}');
        }
        out.append(' ').append(number(s.value())).append('\n');
      }
    }
    return out.toString();
  }

  public static String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String escapeHelp(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n");
  }

  private static String escapeLabel(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
