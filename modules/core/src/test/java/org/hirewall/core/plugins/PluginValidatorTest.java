package org.hirewall.core.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hirewall.spi.ExtensionPoint;
import org.junit.jupiter.api.Test;

/** What makes a plugin undeployable; the deployment-level proof is the in-container test. */
class PluginValidatorTest {

  private final PluginValidator validator = new PluginValidator(ControlCatalog.load());

  private static DiscoveredExtension ext(
      String cls, String archive, String plugin, String id, List<String> controls) {
    return new DiscoveredExtension(
        cls, archive, plugin, id, "", List.of(ExtensionPoint.VERIFICATION_CHECK), controls);
  }

  @Test
  void aWellFormedPluginPasses() {
    assertThat(
            validator.problems(
                List.of(ext("A", "a.jar", "sample", "always-pass", List.of("HIRE-02", "INTV-04")))))
        .isEmpty();
  }

  @Test
  void missingIdsAndControlsAreReported() {
    assertThat(validator.problems(List.of(ext("A", "a.jar", null, null, List.of()))))
        .anyMatch(p -> p.contains("missing @PluginExtension"));
    assertThat(validator.problems(List.of(ext("A", "a.jar", "sample", "x", List.of()))))
        .anyMatch(p -> p.contains("missing @Enforces"));
  }

  @Test
  void unknownAndNeverAutomatedControlsAreRefused() {
    assertThat(validator.problems(List.of(ext("A", "a.jar", "sample", "x", List.of("ORG-99")))))
        .singleElement()
        .asString()
        .contains("unknown control ID ORG-99");
    assertThat(validator.problems(List.of(ext("A", "a.jar", "sample", "x", List.of("IDPT-02")))))
        .singleElement()
        .asString()
        .contains("must never be automated");
  }

  @Test
  void duplicatesAreRefused() {
    assertThat(
            validator.problems(
                List.of(ext("A", "a.jar", "sample", "x", List.of("ORG-01", "ORG-01")))))
        .singleElement()
        .asString()
        .contains("duplicated control ID ORG-01");
    assertThat(
            validator.problems(
                List.of(
                    ext("A", "a.jar", "sample", "x", List.of("ORG-01")),
                    ext("B", "a.jar", "sample", "x", List.of("ORG-02")))))
        .singleElement()
        .asString()
        .contains("duplicated extension id 'sample/x'");
    assertThat(
            validator.problems(
                List.of(
                    ext("A", "a.jar", "sample", "x", List.of("ORG-01")),
                    ext("B", "b.jar", "sample", "y", List.of("ORG-02")))))
        .singleElement()
        .asString()
        .contains("duplicated plugin id 'sample'");
  }

  @Test
  void idsMustBeKebabCase() {
    assertThat(
            validator.problems(List.of(ext("A", "a.jar", "Sample_Plugin", "x", List.of("ORG-01")))))
        .singleElement()
        .asString()
        .contains("not lowercase kebab-case");
  }
}
