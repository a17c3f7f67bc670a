package org.hirewall.spi;

import java.util.Set;

/**
 * A {@link ConsoleView} whose properties are given to its constructor, so a plugin's view is one
 * short class:
 *
 * <pre>{@code
 * @ApplicationScoped
 * @PluginExtension(plugin = "github", id = "members-view", description = "...")
 * @Enforces({"XGH-01"})
 * public class MembersView extends DeclaredConsoleView {
 *   public MembersView() {
 *     super("GitHub members", "Access", Placement.PAGE, 250, "views/github/members.js",
 *         Roles.SECURITY_OFFICER, Roles.AUDITOR);
 *   }
 * }
 * }</pre>
 */
public abstract class DeclaredConsoleView implements ConsoleView {

  private final String title;
  private final String section;
  private final Placement placement;
  private final int order;
  private final String module;
  private final Set<String> roles;

  protected DeclaredConsoleView(
      String title,
      String section,
      Placement placement,
      int order,
      String module,
      String... roles) {
    this.title = title;
    this.section = section;
    this.placement = placement;
    this.order = order;
    this.module = module;
    this.roles = Set.of(roles);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String section() {
    return section;
  }

  @Override
  public Placement placement() {
    return placement;
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public String module() {
    return module;
  }

  @Override
  public Set<String> roles() {
    return roles;
  }
}
