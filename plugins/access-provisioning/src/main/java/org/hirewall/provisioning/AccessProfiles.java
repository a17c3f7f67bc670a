package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The least-privilege templates of {@code config/policies/access-profiles.json}: entitlements
 * tagged by risk, profiles made of ordinary entitlements only, posture maxima and the drift
 * setting. Read once; a profile that lists a privileged entitlement is refused at start-up.
 */
@ApplicationScoped
public class AccessProfiles {

  static final String RESOURCE = "hirewall/access-profiles.json";

  /**
   * An entitlement and its risk. Privileged ones need an approved request and expire within hours.
   */
  public record EntitlementPolicy(
      Entitlement entitlement,
      boolean privileged,
      int maxHours,
      String standsFor,
      List<String> controls) {}

  /**
   * A named template: what the job needs, for how long, and the probation period if any. A
   * probation profile names the profile it {@code widensTo} after a passed re-verification.
   */
  public record Profile(
      String name,
      List<Entitlement> entitlements,
      int defaultDays,
      int probationDays,
      String widensTo) {}

  private final Map<String, EntitlementPolicy> entitlements = new LinkedHashMap<>();
  private final Map<String, Profile> profiles = new LinkedHashMap<>();
  private final int maxAccessTokenSeconds;
  private final int maxSsoSessionSeconds;
  private final boolean revertDrift;

  public AccessProfiles() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      JsonObject cfg = reader.readObject();
      JsonObject ents = cfg.getJsonObject("entitlements");
      for (String key : ents.keySet()) {
        JsonObject e = ents.getJsonObject(key);
        entitlements.put(
            key,
            new EntitlementPolicy(
                Entitlement.parse(key),
                e.getBoolean("privileged"),
                e.getInt("maxHours", 0),
                e.getString("stands-for", ""),
                e.containsKey("controls") ? strings(e, "controls") : List.of()));
      }
      JsonObject profs = cfg.getJsonObject("profiles");
      for (String name : profs.keySet()) {
        JsonObject p = profs.getJsonObject(name);
        List<Entitlement> list =
            strings(p, "entitlements").stream().map(Entitlement::parse).toList();
        for (Entitlement e : list) {
          EntitlementPolicy policy = entitlements.get(e.toString());
          if (policy == null || policy.privileged()) {
            throw new IllegalStateException(
                "profile " + name + " lists " + e + ", which is unknown or privileged");
          }
        }
        profiles.put(
            name,
            new Profile(
                name,
                list,
                p.getInt("defaultDays"),
                p.getInt("probationDays", 0),
                p.getString("widensTo", null)));
      }
      for (Profile p : profiles.values()) {
        if (p.widensTo() != null
            && (!profiles.containsKey(p.widensTo()) || p.probationDays() == 0)) {
          throw new IllegalStateException(
              "profile "
                  + p.name()
                  + " widens to unknown "
                  + p.widensTo()
                  + " or has no probation");
        }
      }
      JsonObject posture = cfg.getJsonObject("posture");
      maxAccessTokenSeconds = posture.getInt("maxAccessTokenLifespanSeconds");
      maxSsoSessionSeconds = posture.getInt("maxSsoSessionMaxLifespanSeconds");
      revertDrift =
          Boolean.parseBoolean(
              org.eclipse.microprofile.config.ConfigProvider.getConfig()
                  .getOptionalValue(
                      "hirewall.plugin.access-provisioning.revert-drift", String.class)
                  .orElse(Boolean.toString(cfg.getJsonObject("drift").getBoolean("revert"))));
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalStateException(
          "HIREWALL-1101 access profiles " + RESOURCE + " are missing or invalid: " + e, e);
    }
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  public Optional<Profile> profile(String name) {
    return Optional.ofNullable(profiles.get(name));
  }

  public Map<String, Profile> profiles() {
    return Map.copyOf(profiles);
  }

  public Optional<EntitlementPolicy> entitlement(String key) {
    return Optional.ofNullable(entitlements.get(key));
  }

  public Map<String, EntitlementPolicy> entitlements() {
    return Map.copyOf(entitlements);
  }

  public int maxAccessTokenSeconds() {
    return maxAccessTokenSeconds;
  }

  public int maxSsoSessionSeconds() {
    return maxSsoSessionSeconds;
  }

  /** Whether reconcile removes what was granted outside Hirewall (default: report only). */
  public boolean revertDrift() {
    return revertDrift;
  }
}
