package org.hirewall.core.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.hirewall.spi.ConsoleView;

/** The console views every deployed plugin contributes, as validated at deployment. */
@ApplicationScoped
public class ConsoleViews {

  @Inject @Any Instance<ConsoleView> beans;

  private List<ViewEntry> all;

  @PostConstruct
  void collect() {
    List<ViewEntry> found = new ArrayList<>();
    for (Instance.Handle<ConsoleView> h : beans.handles()) {
      found.add(ViewEntry.of(h.get(), h.getBean().getBeanClass()));
    }
    found.sort(Comparator.comparingInt(ViewEntry::order).thenComparing(ViewEntry::key));
    all = List.copyOf(found);
  }

  public List<ViewEntry> all() {
    return all;
  }

  /** The views a caller holding the roles {@code holds} answers yes to may see. */
  public List<ViewEntry> visibleTo(Predicate<String> holds) {
    return all.stream().filter(v -> v.roles().stream().anyMatch(holds)).toList();
  }

  /**
   * Deploy-time problems of every view: called while the deployment is validated, so a broken view
   * stops the server from starting, like any broken plugin.
   */
  public static List<String> problems(Instance<ConsoleView> views) {
    List<String> problems = new ArrayList<>();
    for (Instance.Handle<ConsoleView> h : views.handles()) {
      Class<?> type = h.getBean().getBeanClass();
      ViewEntry v = ViewEntry.of(h.get(), type);
      ClassLoader loader = type.getClassLoader();
      problems.addAll(
          ViewRules.problems(
              type.getName(),
              v,
              m -> loader.getResource("META-INF/resources/console/" + m) != null));
    }
    return problems;
  }
}
