package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's subjects with search and the status of their vetting. */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "subjects-view",
    description = "Console: subjects with search and the status of their vetting")
@Enforces({"DATA-01", "HIRE-02"})
public class SubjectsView implements ConsoleView {

  @Override
  public String title() {
    return "Subjects";
  }

  @Override
  public String section() {
    return "Vetting";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR);
  }

  @Override
  public String module() {
    return "views/identity-verification/subjects.js";
  }

  @Override
  public int order() {
    return 110;
  }
}
