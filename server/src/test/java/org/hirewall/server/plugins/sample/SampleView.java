package org.hirewall.server.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import org.hirewall.spi.DeclaredConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.Roles;

/** A console page of the sample plugin: the shell lists it without any change of its own. */
@ApplicationScoped
@PluginExtension(plugin = "sample", id = "sample-view")
@Enforces({"IDPT-01"})
public class SampleView extends DeclaredConsoleView {

  /** Where the plugin jar carries the view's module, below META-INF/resources/console/. */
  public static final String MODULE = "views/sample/sample.js";

  public SampleView() {
    super("Sample", "Samples", Placement.PAGE, 100, MODULE, Roles.AUDITOR);
  }
}
