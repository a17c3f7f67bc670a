package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: subjects with search and the status of their vetting. */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "subjects-view",
    description = "Console: subjects with search and the status of their vetting")
@Enforces({"DATA-01", "HIRE-02"})
public class SubjectsView extends DeclaredConsoleView {

  public SubjectsView() {
    super(
        "Subjects",
        "Vetting",
        Placement.PAGE,
        110,
        "views/identity-verification/subjects.js",
        Roles.IT_ADMIN,
        Roles.SECURITY_OFFICER,
        Roles.AUDITOR);
  }
}
