package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of the deployed application, as its OpenAPI document lists it (so endpoints later
 * plugins add join automatically), must declare its roles; each is then called anonymously and as
 * each Hirewall role with a real Keycloak token (XIAM-01: role definitions and separation of
 * duties; ORG-04).
 */
@ExtendWith(HirewallStack.class)
class AuthorizationMatrixIT {

  private static final List<String> ROLES = List.of("it-admin", "security-officer", "auditor");
  private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

  private final Api api = HirewallStack.get().api();

  record Operation(String method, String path) {}

  @Test
  void XIAM_01_everyEndpointDeclaresRolesAndEnforcesThem() {
    List<Operation> operations = openApiOperations();
    assertThat(operations).as("the OpenAPI document lists the API").isNotEmpty();
    Map<Operation, JsonNode> declared = declaredEndpoints();

    List<String> failures = new ArrayList<>();
    for (Operation op : operations) {
      JsonNode endpoint = declared.get(op);
      if (endpoint == null) {
        failures.add(op + ": missing from /api/endpoints");
        continue;
      }
      boolean open = endpoint.get("open").asBoolean();
      Set<String> allowed = new HashSet<>();
      endpoint.get("roles").forEach(r -> allowed.add(r.asText()));
      if (!open && allowed.isEmpty()) {
        failures.add(op + ": declares no roles");
        continue;
      }
      String path = op.path().replaceAll("\\{[^}]+}", "1");
      String body = op.method().equals("GET") ? null : "{}";
      int anonymous = api.call(op.method(), path, null, body).status();
      if (open ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
        failures.add(op + " anonymous: got " + anonymous);
      }
      for (String role : ROLES) {
        int status = api.call(op.method(), path, role, body).status();
        boolean admitted = open || allowed.contains(role);
        if (admitted && (status == 401 || status == 403)) {
          failures.add(op + " as " + role + ": admitted role got " + status);
        }
        if (!admitted && status != 403) {
          failures.add(op + " as " + role + ": expected 403, got " + status);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(declared.keySet())
        .as("every declared endpoint is in the OpenAPI document")
        .containsExactlyInAnyOrderElementsOf(operations);
  }

  @Test
  void healthStaysOpen() {
    assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
    assertThat(api.get("/health/live", null).status()).isEqualTo(200);
  }

  @Test
  void aTamperedTokenIsRejected() {
    String token = api.tokens().forUser("auditor");
    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    var r =
        java.net.http.HttpClient.newHttpClient()
            .sendAsync(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(api.baseUrl() + "/api/plugins"))
                    .header("Authorization", "Bearer " + tampered)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding())
            .join();
    assertThat(r.statusCode()).isEqualTo(401);
  }

  private List<Operation> openApiOperations() {
    Api.Reply reply = api.get("/openapi?format=JSON", null);
    assertThat(reply.status()).isEqualTo(200);
    List<Operation> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = reply.json().get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(
              m -> {
                if (HTTP_METHODS.contains(m)) {
                  out.add(new Operation(m.toUpperCase(), p.getKey()));
                }
              });
    }
    return out;
  }

  private Map<Operation, JsonNode> declaredEndpoints() {
    Api.Reply reply = api.get("/api/endpoints", "auditor");
    assertThat(reply.status()).isEqualTo(200);
    Map<Operation, JsonNode> out = new java.util.HashMap<>();
    reply
        .json()
        .forEach(e -> out.put(new Operation(e.get("method").asText(), e.get("path").asText()), e));
    return out;
  }
}
