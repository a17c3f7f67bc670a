package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/**
 * The console's a vetting case with its checks, liveness challenge, evidence upload and sign-off.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "case-view",
    description =
        "Console: a vetting case with its checks, liveness challenge, evidence upload and sign-off")
@Enforces({"HIRE-02", "LIVE-01", "INTV-13", "ORG-01"})
public class CasePage implements ConsoleView {

  @Override
  public String title() {
    return "Vetting case";
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
    return "views/identity-verification/case.js";
  }

  @Override
  public Placement placement() {
    return Placement.DETAIL;
  }

  @Override
  public int order() {
    return 130;
  }
}
