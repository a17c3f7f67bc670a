package org.hirewall.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * Keycloak refused a change for a reason the person asking can fix (a duplicate e-mail or username,
 * the password policy, a read-only attribute, a missing group or role): the caller answers it as a
 * 4xx problem naming {@link #field}, never as a 500. Not retried.
 */
public class KeycloakRefused extends RuntimeException {

  private final int status;
  private final String field;

  public KeycloakRefused(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  /** 409 for a conflict with another Keycloak object, 400 for a value Keycloak will not take. */
  public int status() {
    return status;
  }

  /** The request field the refusal is about. */
  public String field() {
    return field;
  }

  /**
   * Reads Keycloak's answer to a user create or update ({@code {"errorMessage": ...}}, sometimes
   * with {@code "field"}) into a refusal that names the request field it is about.
   */
  public static KeycloakRefused of(int status, String body) {
    String message = null;
    String named = null;
    try {
      JsonNode json = JSON.readTree(body == null ? "" : body);
      if (json != null) {
        message = json.path("errorMessage").asText(json.path("error").asText(null));
        named = json.path("field").asText(null);
      }
    } catch (java.io.IOException | RuntimeException notJson) {
      // an HTML or empty answer: say what status it was
    }
    if (message == null || message.isBlank()) {
      message = "HTTP " + status;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    String field =
        lower.contains("email")
            ? "email"
            : lower.contains("username")
                ? "username"
                : lower.contains("password")
                    ? "password"
                    : lower.contains("group")
                        ? "profile"
                        : lower.contains("role")
                            ? "entitlement"
                            : named != null && !named.isBlank() ? named : "username";
    boolean conflict = status == 409;
    String why =
        conflict && field.equals("email")
            ? "another Keycloak user already has this e-mail"
            : conflict && field.equals("username")
                ? "another Keycloak user already has this username"
                : "Keycloak refused it: " + message;
    return new KeycloakRefused(conflict ? 409 : 400, field, why);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
}
