package org.hirewall.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.hirewall.core.console.ConsoleViews;
import org.hirewall.core.plugins.PluginRegistry;
import org.hirewall.server.plugins.sample.SampleConsistencyCheck;
import org.hirewall.server.plugins.sample.SampleRevocation;
import org.hirewall.server.plugins.sample.SampleView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container: a plugin jar dropped into the deployment is found as a CDI bean archive, its
 * extensions are registered under its plugin id, and the controls it enforces show it.
 */
@ExtendWith(ArquillianExtension.class)
class PluginDiscoveryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.hirewallWith(
            "discovery", SampleConsistencyCheck.class, SampleRevocation.class, SampleView.class)
        .addClass(PluginDiscoveryIT.class)
        .addClass(Deployments.class)
        .addAsLibrary(Deployments.jarOf(org.assertj.core.api.Assertions.class));
  }

  @Inject PluginRegistry registry;
  @Inject ConsoleViews views;
  @Inject jakarta.servlet.ServletContext servlets;

  @Test
  void aPluginsConsoleViewIsListedAndItsModuleServedWithNoShellChange() {
    assertThat(views.visibleTo("auditor"::equals))
        .filteredOn(v -> v.key().equals("sample/sample-view"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.title()).isEqualTo("Sample");
              assertThat(v.module()).isEqualTo(SampleView.MODULE);
              assertThat(v.controls()).containsExactly("IDPT-01");
            });
    assertThat(views.visibleTo("it-admin"::equals)).noneMatch(v -> v.plugin().equals("sample"));
    // the console's file servlet serves what the plugin jar carries under META-INF/resources
    assertThat(servlets.getResourceAsStream("/console/" + SampleView.MODULE)).isNotNull();
  }

  @Test
  void theSamplePluginIsDiscoveredWithItsControls() {
    assertThat(registry.plugins())
        .filteredOn(p -> p.id().equals("sample"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo("sample");
              assertThat(p.extensions())
                  .extracting(e -> e.id())
                  .containsExactly("email-consistency", "noop-revocation", "sample-view");
              assertThat(p.controls()).containsExactly("HIRE-02a", "IDPT-01", "RESP-07");
            });
  }

  @Test
  void IDPT_01_theControlListsThePluginThatEnforcesIt() {
    assertThat(registry.controls())
        .filteredOn(c -> c.control().id().equals("IDPT-01"))
        .singleElement()
        .satisfies(
            c -> assertThat(c.enforcedBy()).containsExactly("identity-verification", "sample"));
    assertThat(registry.controls())
        .filteredOn(c -> c.control().id().equals("CASE-L1"))
        .singleElement()
        .satisfies(c -> assertThat(c.enforcedBy()).isEmpty());
  }
}
