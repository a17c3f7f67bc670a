package org.hirewall.server.plugins.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Broken: its module sits in another plugin's folder (and is not shipped at all). */
@ApplicationScoped
@PluginExtension(plugin = "broken", id = "misplaced-view")
@Enforces({"ORG-01"})
public class MisplacedView extends DeclaredConsoleView {

  public MisplacedView() {
    super(
        "Misplaced",
        "Broken",
        Placement.PAGE,
        100,
        "views/access-revocation/contain.js",
        Roles.AUDITOR);
  }
}
