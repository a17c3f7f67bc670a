package org.hirewall.spi;

import java.util.Set;

/**
 * A view of the web console that a plugin contributes, in the spirit of an Eclipse RCP view: the
 * console shell only lists and loads views, every page comes from a plugin. The view's code is one
 * ES module shipped inside the plugin's JAR under {@code META-INF/resources/console/} at {@link
 * #module()}; it exports {@code render(root, ctx)} (see docs/console.md for {@code ctx} and the
 * shell's {@code ui.js} helpers). Like every extension, the class carries {@link PluginExtension}
 * and {@link Enforces} (the controls the view serves). The server refuses to deploy a view whose
 * module is missing, outside {@code views/<plugin-id>/}, or whose roles are not Hirewall's.
 *
 * <p>{@link #roles()} only decides which views the shell lists: every API call the view makes is
 * still checked against the endpoint's own roles. Hiding a button is convenience, not security.
 */
public interface ConsoleView extends HirewallExtension {

  /** Where the shell shows a view. */
  enum Placement {
    /** A page listed in the navigation under its section. */
    PAGE,
    /** A button in the console's header, reachable from every page; opens as a dialog. */
    ACTION,
    /** A card on everyone's dashboard (shown to the roles it names). */
    CARD,
    /** A page reached by links from other views (a case, a run), not listed in the navigation. */
    DETAIL
  }

  /** What a person reads in the navigation, e.g. {@code Subjects}. */
  String title();

  /**
   * The navigation group, e.g. {@code Vetting}, {@code Access}, {@code Response}, {@code Audit}.
   */
  String section();

  /** Hirewall roles ({@link Roles}) that see this view. */
  Set<String> roles();

  /** Path of the view's ES module below {@code /console/}: {@code views/<plugin-id>/<name>.js}. */
  String module();

  default Placement placement() {
    return Placement.PAGE;
  }

  /**
   * Position in the console, smaller first; sections appear in the order of their first view. The
   * built-in plugins follow the work: vetting 1xx, access 2xx, response 3xx, audit 4xx.
   */
  default int order() {
    return 100;
  }
}
