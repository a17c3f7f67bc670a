package org.hirewall.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The deployed plugins and the controls they enforce, as validated at deployment. */
@ApplicationScoped
public class PluginRegistry {

  @Inject PluginDiscovery discovery;

  /** One plugin: its id, its extensions and the union of the controls they enforce. */
  public record Plugin(String id, List<DiscoveredExtension> extensions, List<String> controls) {}

  /** A control with the plugins that enforce it. */
  public record ControlCoverage(Control control, List<String> enforcedBy) {}

  public List<Plugin> plugins() {
    Map<String, List<DiscoveredExtension>> byPlugin =
        discovery.extensions().stream()
            .collect(
                Collectors.groupingBy(
                    DiscoveredExtension::plugin, TreeMap::new, Collectors.toList()));
    return byPlugin.entrySet().stream()
        .map(
            e ->
                new Plugin(
                    e.getKey(),
                    e.getValue().stream()
                        .sorted(Comparator.comparing(DiscoveredExtension::id))
                        .toList(),
                    e.getValue().stream()
                        .flatMap(x -> x.controls().stream())
                        .distinct()
                        .sorted()
                        .toList()))
        .toList();
  }

  public List<ControlCoverage> controls() {
    List<Plugin> plugins = plugins();
    return discovery.catalog().all().stream()
        .map(
            c ->
                new ControlCoverage(
                    c,
                    plugins.stream()
                        .filter(p -> p.controls().contains(c.id()))
                        .map(Plugin::id)
                        .toList()))
        .toList();
  }

  public List<Class<?>> resourceClasses() {
    return discovery.resources();
  }
}
