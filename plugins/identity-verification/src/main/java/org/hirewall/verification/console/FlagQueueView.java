package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's open red flags with their evidence, cleared with a justification. */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "flag-queue-view",
    description = "Console: open red flags with their evidence, cleared with a justification")
@Enforces({"RESP-03", "DATA-16a"})
public class FlagQueueView implements ConsoleView {

  @Override
  public String title() {
    return "Red flags";
  }

  @Override
  public String section() {
    return "Vetting";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.IT_ADMIN);
  }

  @Override
  public String module() {
    return "views/identity-verification/flags.js";
  }

  @Override
  public int order() {
    return 140;
  }
}
