package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: the identity record of a new subject (DATA-01..18) with inline validation. */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "new-subject-view",
    description =
        "Console: the identity record of a new subject (DATA-01..18) with inline validation")
@Enforces({"DATA-01", "DATA-10", "DATA-16"})
public class NewSubjectView extends DeclaredConsoleView {

  public NewSubjectView() {
    super(
        "New subject",
        "Vetting",
        Placement.PAGE,
        120,
        "views/identity-verification/new-subject.js",
        Roles.IT_ADMIN);
  }
}
