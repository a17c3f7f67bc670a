package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Errors are RFC 9457 problem+json; validation failures name the field. */
@ExtendWith(HirewallStack.class)
class ProblemDetailsIT {

  private final Api api = HirewallStack.get().api();

  @Test
  void invalidQueryParameterNamesTheField() {
    Api.Reply r = api.get("/api/audit/records?limit=0", "auditor");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("status").asInt()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
  }

  @Test
  void unknownPathIsAProblemToo() {
    Api.Reply r = api.get("/api/no-such-thing", "auditor");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void whoAmIReportsTheKeycloakUserAndRole() {
    Api.Reply r = api.get("/api/me", "security-officer");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("name").asText()).isEqualTo("security-officer");
    assertThat(r.json().get("roles").asText()).isEqualTo("security-officer");
  }
}
