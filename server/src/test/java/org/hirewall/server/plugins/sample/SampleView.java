package org.hirewall.server.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A console page of the sample plugin: the shell lists it without any change of its own. */
@ApplicationScoped
@PluginExtension(plugin = "sample", id = "sample-view")
@Enforces({"IDPT-01"})
public class SampleView implements ConsoleView {

  /** Where the plugin jar carries the view's module, below META-INF/resources/console/. */
  public static final String MODULE = "views/sample/sample.js";

  @Override
  public String title() {
    return "Sample";
  }

  @Override
  public String section() {
    return "Samples";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.AUDITOR);
  }

  @Override
  public String module() {
    return MODULE;
  }
}
