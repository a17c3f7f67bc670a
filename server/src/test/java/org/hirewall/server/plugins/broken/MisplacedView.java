package org.hirewall.server.plugins.broken;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Broken: its module sits in another plugin's folder (and is not shipped at all). */
@ApplicationScoped
@PluginExtension(plugin = "broken", id = "misplaced-view")
@Enforces({"ORG-01"})
public class MisplacedView implements ConsoleView {

  @Override
  public String title() {
    return "Misplaced";
  }

  @Override
  public String section() {
    return "Broken";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.AUDITOR);
  }

  @Override
  public String module() {
    return "views/access-revocation/contain.js";
  }
}
