package org.hirewall.verification.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A dashboard card: the vetting funnel and open red flags. */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "funnel-card",
    description = "Console dashboard: the vetting funnel and open red flags")
@Enforces({"HIRE-02"})
public class FunnelCard implements ConsoleView {

  @Override
  public String title() {
    return "Vetting";
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
    return "views/identity-verification/funnel-card.js";
  }

  @Override
  public Placement placement() {
    return Placement.CARD;
  }

  @Override
  public int order() {
    return 110;
  }
}
