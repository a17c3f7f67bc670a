package org.hirewall.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.hirewall.server.plugins.broken.Demographic;
import org.hirewall.server.plugins.broken.DuplicateIdA;
import org.hirewall.server.plugins.broken.DuplicateIdB;
import org.hirewall.server.plugins.broken.MisplacedView;
import org.hirewall.server.plugins.broken.NoControls;
import org.hirewall.server.plugins.broken.NoId;
import org.hirewall.server.plugins.broken.RepeatedControl;
import org.hirewall.server.plugins.broken.UnknownControl;
import org.hirewall.server.plugins.broken.UnshippedView;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A broken plugin fails the whole deployment with a message that names the class and the problem,
 * so nothing runs with an unaccounted control (and nothing ever claims a "do not automate" one).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokenPluginIT {

  @ArquillianResource Deployer deployer;

  @Deployment(name = "unknown", managed = false, testable = false)
  static WebArchive unknown() {
    return Deployments.hirewallWith("unknown", UnknownControl.class);
  }

  @Deployment(name = "repeated", managed = false, testable = false)
  static WebArchive repeated() {
    return Deployments.hirewallWith("repeated", RepeatedControl.class);
  }

  @Deployment(name = "no-controls", managed = false, testable = false)
  static WebArchive noControls() {
    return Deployments.hirewallWith("no-controls", NoControls.class);
  }

  @Deployment(name = "no-id", managed = false, testable = false)
  static WebArchive noId() {
    return Deployments.hirewallWith("no-id", NoId.class);
  }

  @Deployment(name = "demographic", managed = false, testable = false)
  static WebArchive demographic() {
    return Deployments.hirewallWith("demographic", Demographic.class);
  }

  @Deployment(name = "twins", managed = false, testable = false)
  static WebArchive twins() {
    return Deployments.hirewallWith("twins", DuplicateIdA.class, DuplicateIdB.class);
  }

  @Deployment(name = "misplaced-view", managed = false, testable = false)
  static WebArchive misplacedView() {
    return Deployments.hirewallWith("misplaced-view", MisplacedView.class);
  }

  @Deployment(name = "unshipped-view", managed = false, testable = false)
  static WebArchive unshippedView() {
    return Deployments.hirewallWith("unshipped-view", UnshippedView.class);
  }

  @Test
  void aConsoleViewWhoseModuleIsInAnotherPluginsFolderIsRefused() {
    assertRefused(
        "misplaced-view", "MisplacedView", "must be a lowercase .js path under 'views/broken/'");
  }

  @Test
  void aConsoleViewWhoseModuleIsNotShippedIsRefused() {
    assertRefused(
        "unshipped-view", "UnshippedView", "'views/broken/unshipped.js' is not in META-INF");
  }

  @Test
  void anUnknownControlIdIsRefused() {
    assertRefused("unknown", "UnknownControl", "unknown control ID ORG-99");
  }

  @Test
  void aRepeatedControlIdIsRefused() {
    assertRefused("repeated", "RepeatedControl", "duplicated control ID ORG-01");
  }

  @Test
  void missingControlsAreRefused() {
    assertRefused("no-controls", "NoControls", "missing @Enforces");
  }

  @Test
  void aMissingIdIsRefused() {
    assertRefused("no-id", "NoId", "missing @PluginExtension");
  }

  @Test
  void PROF_02_aDoNotAutomateControlIsRefused() {
    assertRefused("demographic", "Demographic", "must never be automated");
  }

  @Test
  void aDuplicatedExtensionIdIsRefused() {
    assertRefused("twins", "DuplicateId", "duplicated extension id 'broken/twin'");
  }

  private void assertRefused(String deployment, String className, String reason) {
    Throwable t = catchThrowable(() -> deployer.deploy(deployment));
    try {
      assertThat(t).as("deployment %s must fail", deployment).isNotNull();
      String messages = messages(t);
      assertThat(messages).contains("HIREWALL-0100").contains(className).contains(reason);
    } finally {
      try {
        deployer.undeploy(deployment);
      } catch (RuntimeException ignored) {
        // a failed deployment may already be gone
      }
    }
  }

  private static String messages(Throwable t) {
    List<String> out = new ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      out.add(String.valueOf(c.getMessage()));
    }
    return String.join(" | ", out);
  }
}
