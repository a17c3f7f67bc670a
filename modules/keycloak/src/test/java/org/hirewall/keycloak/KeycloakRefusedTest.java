package org.hirewall.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keycloak 26's refusals as it words them, each named by the field a person must fix. */
class KeycloakRefusedTest {

  @Test
  void conflictsNameTheFieldThatCollides() {
    KeycloakRefused email =
        KeycloakRefused.of(409, "{\"errorMessage\":\"User exists with same email\"}");
    assertThat(email.status()).isEqualTo(409);
    assertThat(email.field()).isEqualTo("email");
    assertThat(email.getMessage()).contains("already has this e-mail");

    KeycloakRefused name =
        KeycloakRefused.of(409, "{\"errorMessage\":\"User exists with same username\"}");
    assertThat(name.field()).isEqualTo("username");
  }

  @Test
  void badValuesAre400sNamingTheField() {
    KeycloakRefused policy =
        KeycloakRefused.of(
            400,
            "{\"error\":\"invalidPasswordMinLengthMessage\",\"errorMessage\":\"Invalid password: minimum length 12.\"}");
    assertThat(policy.status()).isEqualTo(400);
    assertThat(policy.field()).isEqualTo("password");

    KeycloakRefused readOnly =
        KeycloakRefused.of(
            400, "{\"field\":\"department\",\"errorMessage\":\"error-user-attribute-read-only\"}");
    assertThat(readOnly.field()).isEqualTo("department");

    KeycloakRefused html = KeycloakRefused.of(400, "<html>nope</html>");
    assertThat(html.getMessage()).contains("HTTP 400");
  }
}
