package org.hirewall.core.console;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;

/**
 * A console view as the shell reads it from {@code GET /api/console/views}: its key ({@code
 * plugin/id}), where to show it, the module that renders it and the controls it serves.
 */
public record ViewEntry(
    String key,
    String plugin,
    String id,
    String title,
    String section,
    ConsoleView.Placement placement,
    int order,
    Set<String> roles,
    String module,
    List<String> controls) {

  /** The entry of a view bean; {@code type} is the bean's class (it carries the annotations). */
  static ViewEntry of(ConsoleView view, Class<?> type) {
    PluginExtension meta = type.getAnnotation(PluginExtension.class);
    Enforces enforces = type.getAnnotation(Enforces.class);
    String plugin = meta == null ? null : meta.plugin();
    String id = meta == null ? null : meta.id();
    return new ViewEntry(
        plugin + "/" + id,
        plugin,
        id,
        view.title(),
        view.section(),
        view.placement(),
        view.order(),
        view.roles() == null ? Set.of() : new TreeSet<>(view.roles()),
        view.module(),
        enforces == null ? List.of() : Arrays.asList(enforces.value()));
  }
}
