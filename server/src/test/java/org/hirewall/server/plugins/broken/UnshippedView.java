package org.hirewall.server.plugins.broken;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** Broken: its module is in the right folder but the jar does not ship it. */
@ApplicationScoped
@PluginExtension(plugin = "broken", id = "unshipped-view")
@Enforces({"ORG-01"})
public class UnshippedView implements ConsoleView {

  @Override
  public String title() {
    return "Unshipped";
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
    return "views/broken/unshipped.js";
  }
}
