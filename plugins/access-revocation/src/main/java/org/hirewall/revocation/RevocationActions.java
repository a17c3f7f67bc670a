package org.hirewall.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.RevocationAction;

/**
 * Every {@link RevocationAction} deployed, from this plugin and any other (GitHub, Slack, a secrets
 * manager), in run order. An action is named {@code plugin/id} from its {@link PluginExtension}.
 */
@ApplicationScoped
public class RevocationActions {

  /** An action with its stable name and the controls it enforces. */
  public record Action(String id, RevocationAction bean, List<String> controls) {}

  @Inject @Any Instance<RevocationAction> beans;

  private volatile List<Action> all;

  public List<Action> all() {
    List<Action> a = all;
    if (a == null) {
      a =
          StreamSupport.stream(beans.spliterator(), false)
              .sorted(Comparator.comparingInt(RevocationAction::order))
              .map(RevocationActions::describe)
              .toList();
      all = a;
    }
    return a;
  }

  public List<String> ids() {
    return all().stream().map(Action::id).toList();
  }

  /** The actions grouped by {@code order()}: a phase's actions may run at the same time. */
  public static List<List<Action>> phases(List<Action> actions) {
    java.util.Map<Integer, List<Action>> byOrder = new java.util.TreeMap<>();
    for (Action a : actions) {
      byOrder.computeIfAbsent(a.bean().order(), k -> new java.util.ArrayList<>()).add(a);
    }
    return List.copyOf(byOrder.values());
  }

  private static Action describe(RevocationAction bean) {
    // beans come as CDI client proxies: the annotations sit on a superclass
    for (Class<?> c = bean.getClass(); c != null; c = c.getSuperclass()) {
      PluginExtension ext = c.getAnnotation(PluginExtension.class);
      if (ext != null) {
        Enforces enforces = c.getAnnotation(Enforces.class);
        return new Action(
            ext.plugin() + "/" + ext.id(),
            bean,
            enforces == null ? List.of() : List.of(enforces.value()));
      }
    }
    throw new IllegalStateException("revocation action without @PluginExtension: " + bean);
  }
}
