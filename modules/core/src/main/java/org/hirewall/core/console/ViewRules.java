package org.hirewall.core.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.hirewall.spi.Roles;

/**
 * What a console view must satisfy to be deployed: a title and a section, Hirewall roles only, a
 * module in its own plugin's folder ({@code views/<plugin-id>/…js}, so two plugins never serve the
 * same file) that its JAR really ships. Each problem names the class and what to fix; the server
 * reports them as {@code HIREWALL-0100}.
 */
final class ViewRules {

  private static final List<String> ROLES =
      List.of(Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR);
  private static final Pattern FILE =
      Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*\\.js");

  private ViewRules() {}

  /**
   * @param moduleExists tells whether a module path is shipped under {@code
   *     META-INF/resources/console/}
   */
  static List<String> problems(String className, ViewEntry v, Predicate<String> moduleExists) {
    String where = className + ": console view ";
    List<String> problems = new ArrayList<>();
    if (v.title() == null || v.title().isBlank() || v.title().length() > 60) {
      problems.add(where + "needs a title of 1-60 characters");
    }
    if (v.section() == null || v.section().isBlank() || v.section().length() > 40) {
      problems.add(where + "needs a section of 1-40 characters");
    }
    if (v.placement() == null) {
      problems.add(where + "needs a placement");
    }
    if (v.roles().isEmpty()) {
      problems.add(where + "names no role: list the Hirewall roles that see it");
    }
    for (String role : v.roles()) {
      if (!ROLES.contains(role)) {
        problems.add(where + "names '" + role + "', not a Hirewall role " + ROLES);
      }
    }
    String folder = "views/" + v.plugin() + "/";
    String m = v.module();
    if (m == null
        || !m.startsWith(folder)
        || !FILE.matcher(m.substring(folder.length())).matches()) {
      problems.add(
          where + "module '" + m + "' must be a lowercase .js path under '" + folder + "'");
    } else if (!moduleExists.test(m)) {
      problems.add(where + "module '" + m + "' is not in META-INF/resources/console/ of its JAR");
    }
    return problems;
  }
}
