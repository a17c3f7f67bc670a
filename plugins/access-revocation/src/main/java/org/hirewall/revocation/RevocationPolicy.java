package org.hirewall.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code config/policies/revocation-policy.json}: which confidential clients a user could reach
 * through what they hold, who owns each client, clients never rotated, the offboarding SLA and the
 * containment checklist. Read once.
 */
@ApplicationScoped
public class RevocationPolicy {

  static final String RESOURCE = "hirewall/revocation-policy.json";

  /** A manual task of the containment playbook. */
  public record Task(String control, String title) {}

  private final Map<String, List<String>> reach = new LinkedHashMap<>();
  private final Map<String, String> owners = new LinkedHashMap<>();
  private final Set<String> neverRotate = new TreeSet<>();
  private final List<Task> checklist = new ArrayList<>();
  private final int offboardingSlaHours;

  public RevocationPolicy() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      JsonObject cfg = reader.readObject();
      JsonObject r = cfg.getJsonObject("reach");
      r.keySet().forEach(k -> reach.put(k, strings(r, k)));
      JsonObject o = cfg.getJsonObject("owners");
      o.keySet().forEach(k -> owners.put(k, o.getString(k)));
      neverRotate.addAll(strings(cfg, "neverRotate"));
      offboardingSlaHours = cfg.getInt("offboardingSlaHours");
      cfg.getJsonArray("checklist").getValuesAs(JsonObject.class).stream()
          .map(t -> new Task(t.getString("control"), t.getString("title")))
          .forEach(checklist::add);
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalStateException("HIREWALL-1200 cannot read " + RESOURCE + ": " + e, e);
    }
  }

  /** Clients reached through {@code held} entitlements ({@code group:x}, {@code realm-role:y}). */
  public Set<String> reachedThrough(Iterable<String> held) {
    Set<String> out = new TreeSet<>();
    for (String h : held) {
      out.addAll(reach.getOrDefault(h, List.of()));
    }
    return out;
  }

  /** The owner told about a rotation of {@code clientId}, or {@code unassigned}. */
  public String owner(String clientId) {
    return owners.getOrDefault(clientId, "unassigned");
  }

  public boolean mayRotate(String clientId) {
    return !neverRotate.contains(clientId);
  }

  public int offboardingSlaHours() {
    return offboardingSlaHours;
  }

  public List<Task> checklist() {
    return List.copyOf(checklist);
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
