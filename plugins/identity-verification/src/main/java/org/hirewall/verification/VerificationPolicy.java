package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which recorded checks a case needs per role tier, and which guidance controls each check serves:
 * {@code config/policies/verification-policy.json}, shipped in this plugin's jar.
 */
@ApplicationScoped
public class VerificationPolicy {

  static final String RESOURCE = "hirewall/verification-policy.json";

  /** A recorded check type. {@code needsChallenge}: must name a fresh liveness challenge. */
  public record CheckType(String id, String title, List<String> controls, boolean needsChallenge) {}

  private final Map<String, List<String>> tiers = new LinkedHashMap<>();
  private final Map<String, CheckType> checks = new LinkedHashMap<>();
  private Duration challengeValidity;

  public VerificationPolicy() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      JsonObject policy = reader.readObject();
      challengeValidity = Duration.ofMinutes(policy.getInt("challengeMinutes", 5));
      JsonObject checkDefs = policy.getJsonObject("checks");
      for (String id : checkDefs.keySet()) {
        JsonObject c = checkDefs.getJsonObject(id);
        checks.put(
            id,
            new CheckType(
                id,
                c.getString("title"),
                c.getJsonArray("controls").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList(),
                c.getBoolean("needsChallenge", false)));
      }
      JsonObject tierDefs = policy.getJsonObject("tiers");
      for (String tier : tierDefs.keySet()) {
        List<String> required =
            tierDefs.getJsonArray(tier).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        for (String r : required) {
          if (!checks.containsKey(r)) {
            throw new IllegalStateException("tier " + tier + " requires unknown check " + r);
          }
        }
        tiers.put(tier, required);
      }
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalStateException(
          "HIREWALL-1001 verification policy " + RESOURCE + " is missing or invalid: " + e, e);
    }
  }

  public List<String> tiers() {
    return List.copyOf(tiers.keySet());
  }

  /** The checks a case of this tier must pass. */
  public List<String> requiredChecks(String tier) {
    List<String> required = tiers.get(tier);
    if (required == null) {
      throw new IllegalArgumentException("unknown tier " + tier);
    }
    return required;
  }

  public Optional<CheckType> check(String id) {
    return Optional.ofNullable(checks.get(id));
  }

  public Map<String, CheckType> checks() {
    return Map.copyOf(checks);
  }

  public Duration challengeValidity() {
    return challengeValidity;
  }

  /** The tier whose checks allow privileged access (ORG-01). */
  public static final String PRIVILEGED_TIER = "privileged";
}
