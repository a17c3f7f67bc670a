package org.hirewall.core.plugins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether the discovered extensions may be deployed. Every problem is reported with the
 * class that caused it, so the deployment error tells a plugin author exactly what to fix.
 */
public final class PluginValidator {

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final ControlCatalog catalog;

  public PluginValidator(ControlCatalog catalog) {
    this.catalog = catalog;
  }

  /** All problems found; empty when the set of extensions is valid. */
  public List<String> problems(List<DiscoveredExtension> extensions) {
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    Map<String, String> archives = new HashMap<>();
    for (DiscoveredExtension e : extensions) {
      String where = e.className() + ": ";
      if (e.points().isEmpty()) {
        problems.add(where + "@PluginExtension is on a class that implements no extension point");
      }
      if (e.plugin() == null || e.id() == null) {
        problems.add(where + "missing @PluginExtension(plugin = ..., id = ...)");
        continue;
      }
      if (!KEBAB.matcher(e.plugin()).matches()) {
        problems.add(where + "plugin id '" + e.plugin() + "' is not lowercase kebab-case");
      }
      if (!KEBAB.matcher(e.id()).matches()) {
        problems.add(where + "extension id '" + e.id() + "' is not lowercase kebab-case");
      }
      String owner = archives.putIfAbsent(e.plugin(), e.archive());
      if (owner != null && !owner.equals(e.archive())) {
        problems.add(
            where + "duplicated plugin id '" + e.plugin() + "': also declared by " + owner);
      }
      String key = e.plugin() + "/" + e.id();
      String twin = seen.putIfAbsent(key, e.className());
      if (twin != null) {
        problems.add(where + "duplicated extension id '" + key + "', also used by " + twin);
      }
      problems.addAll(controlProblems(where, e.controls()));
    }
    return problems;
  }

  private List<String> controlProblems(String where, List<String> controls) {
    List<String> problems = new ArrayList<>();
    if (controls.isEmpty()) {
      problems.add(
          where + "missing @Enforces: name the guidance control IDs this extension enforces");
    }
    Set<String> unique = new HashSet<>();
    for (String id : controls) {
      if (!unique.add(id)) {
        problems.add(where + "duplicated control ID " + id + " in @Enforces");
      }
      catalog
          .find(id)
          .ifPresentOrElse(
              c -> {
                if (c.neverAutomate()) {
                  problems.add(
                      where + "control " + id + " (" + c.name() + ") must never be automated");
                }
              },
              () ->
                  problems.add(
                      where + "unknown control ID " + id + " (not in the guidance catalog)"));
    }
    return problems;
  }
}
