package org.hirewall.core.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hirewall.spi.ConsoleView;
import org.junit.jupiter.api.Test;

class ViewRulesTest {

  private static ViewEntry view(Set<String> roles, String module) {
    return new ViewEntry(
        "identity-verification/subjects",
        "identity-verification",
        "subjects",
        "Subjects",
        "Vetting",
        ConsoleView.Placement.PAGE,
        10,
        roles,
        module,
        List.of("DATA-01"));
  }

  @Test
  void aViewInItsOwnFolderWithHirewallRolesIsDeployed() {
    assertThat(
            ViewRules.problems(
                "S",
                view(Set.of("it-admin", "auditor"), "views/identity-verification/subjects.js"),
                m -> true))
        .isEmpty();
  }

  @Test
  void aModuleOutsideThePluginsFolderOrMissingFromTheJarIsRefused() {
    assertThat(
            ViewRules.problems(
                "S", view(Set.of("it-admin"), "views/access-revocation/contain.js"), m -> true))
        .singleElement()
        .asString()
        .contains("under 'views/identity-verification/'");
    assertThat(
            ViewRules.problems(
                "S", view(Set.of("it-admin"), "views/identity-verification/../x.js"), m -> true))
        .hasSize(1);
    assertThat(
            ViewRules.problems(
                "S", view(Set.of("it-admin"), "views/identity-verification/gone.js"), m -> false))
        .singleElement()
        .asString()
        .contains("is not in META-INF/resources/console/");
  }

  @Test
  void aViewForNobodyOrForAnUnknownRoleIsRefused() {
    assertThat(
            ViewRules.problems("S", view(Set.of(), "views/identity-verification/s.js"), m -> true))
        .singleElement()
        .asString()
        .contains("names no role");
    assertThat(
            ViewRules.problems(
                "S", view(Set.of("admin"), "views/identity-verification/s.js"), m -> true))
        .singleElement()
        .asString()
        .contains("'admin', not a Hirewall role");
  }
}
