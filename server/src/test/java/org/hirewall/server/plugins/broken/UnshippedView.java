package org.hirewall.server.plugins.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Broken: its module is in the right folder but the jar does not ship it. */
@ApplicationScoped
@PluginExtension(plugin = "broken", id = "unshipped-view")
@Enforces({"ORG-01"})
public class UnshippedView extends DeclaredConsoleView {

  public UnshippedView() {
    super("Unshipped", "Broken", Placement.PAGE, 100, "views/broken/unshipped.js", Roles.AUDITOR);
  }
}
