package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The guidance catalog is served with every control and the ones never to automate marked. */
@ExtendWith(HirewallStack.class)
class ControlCatalogIT {

  private final Api api = HirewallStack.get().api();

  @Test
  void everyControlIsListedAndTheDemographicOnesAreNeverAutomated() {
    Api.Reply r = api.get("/api/controls", "auditor");
    assertThat(r.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    List<String> never = new ArrayList<>();
    for (JsonNode c : r.json()) {
      String id = c.get("control").get("id").asText();
      ids.add(id);
      if ("never".equals(c.get("control").get("automation").asText())) {
        never.add(id);
      }
    }
    assertThat(ids)
        .contains("ORG-01", "RESP-07", "DATA-16a", "ir-2.1.4", "XFOR-01")
        .doesNotHaveDuplicates();
    assertThat(never).containsExactlyInAnyOrder("PROF-02", "PROF-06", "IDPT-02", "HIRE-06");
  }

  @Test
  void pluginsAreListed() {
    Api.Reply r = api.get("/api/plugins", "it-admin");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().isArray()).isTrue();
  }
}
