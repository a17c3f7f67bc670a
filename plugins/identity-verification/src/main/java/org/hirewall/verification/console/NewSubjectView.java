package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's the identity record of a new subject (DATA-01..18) with inline validation. */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "new-subject-view",
    description =
        "Console: the identity record of a new subject (DATA-01..18) with inline validation")
@Enforces({"DATA-01", "DATA-10", "DATA-16"})
public class NewSubjectView implements ConsoleView {

  @Override
  public String title() {
    return "New subject";
  }

  @Override
  public String section() {
    return "Vetting";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.IT_ADMIN);
  }

  @Override
  public String module() {
    return "views/identity-verification/new-subject.js";
  }

  @Override
  public int order() {
    return 120;
  }
}
