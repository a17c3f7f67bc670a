package org.hirewall.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.ReportDefinition;
import org.hirewall.spi.RuleViolation;

/**
 * The reports of every deployed plugin, by id ({@link PluginExtension#id()}): adding a plugin with
 * a {@link ReportDefinition} adds its report here and to the API, with no change to this plugin.
 */
@ApplicationScoped
public class ReportCatalog {

  /** One report type: who defines it, which controls it serves, and the definition. */
  public record Entry(
      String id, String plugin, List<String> controls, ReportDefinition definition) {}

  @Inject @Any Instance<ReportDefinition> definitions;

  private volatile Map<String, Entry> byId;

  public List<Entry> all() {
    return List.copyOf(index().values());
  }

  public Optional<Entry> find(String id) {
    return Optional.ofNullable(index().get(id));
  }

  public Entry get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                RuleViolation.notFound(
                    "no report '" + id + "'; GET /api/reports lists the reports"));
  }

  private Map<String, Entry> index() {
    Map<String, Entry> index = byId;
    if (index == null) {
      Map<String, Entry> built = new TreeMap<>();
      for (Instance.Handle<ReportDefinition> h : definitions.handles()) {
        Class<?> type = h.getBean().getBeanClass();
        PluginExtension ext = type.getAnnotation(PluginExtension.class);
        Enforces enforces = type.getAnnotation(Enforces.class);
        if (ext == null) {
          continue; // the server refuses such a bean at deployment; nothing to list
        }
        built.put(
            ext.id(),
            new Entry(
                ext.id(),
                ext.plugin(),
                enforces == null ? List.of() : Arrays.asList(enforces.value()),
                h.get()));
      }
      byId = index = Map.copyOf(built);
    }
    return index;
  }
}
