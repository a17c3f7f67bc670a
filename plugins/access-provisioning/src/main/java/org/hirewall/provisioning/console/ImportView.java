package org.hirewall.provisioning.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Console view: bulk onboarding from an HR CSV with a dry run and live progress. */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "import-view",
    description = "Console: bulk onboarding from an HR CSV with a dry run and live progress")
@Enforces({"XIAM-01"})
public class ImportView extends DeclaredConsoleView {

  public ImportView() {
    super(
        "Bulk import",
        "Access",
        Placement.PAGE,
        230,
        "views/access-provisioning/import.js",
        Roles.IT_ADMIN);
  }
}
