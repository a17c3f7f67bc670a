package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** The console's bulk onboarding from an HR CSV with a dry run and live progress. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "import-view",
    description = "Console: bulk onboarding from an HR CSV with a dry run and live progress")
@Enforces({"XIAM-01"})
public class ImportView implements ConsoleView {

  @Override
  public String title() {
    return "Bulk import";
  }

  @Override
  public String section() {
    return "Access";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.IT_ADMIN);
  }

  @Override
  public String module() {
    return "views/access-provisioning/import.js";
  }

  @Override
  public int order() {
    return 230;
  }
}
