package org.hirewall.revocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hirewall.spi.VettingStatus;

/**
 * The evidence a run seals before it removes anything (RESP-05, DATA-01..18): each action's
 * inventory, recent login events, and the DATA record from vetting completed with what Keycloak
 * knows (company e-mail, IP addresses). Stored as canonical JSON (keys sorted), so its SHA-256 is
 * stable.
 */
public record EvidenceSnapshot(
    String json, String sha256, int completeness, Map<String, Map<String, Object>> inventories) {

  static final int DATA_ITEMS = 18;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /** Builds and hashes the snapshot. */
  static EvidenceSnapshot of(
      Map<String, Object> run,
      Map<String, Map<String, Object>> inventories,
      List<Map<String, Object>> loginEvents,
      Optional<VettingStatus.EvidenceRecord> vetting,
      String companyEmail) {
    Set<String> ips = new TreeSet<>();
    for (Map<String, Object> e : loginEvents) {
      addIp(ips, e.get("ipAddress"));
    }
    inventories.values().forEach(inv -> collectIps(inv, ips));
    List<Map<String, Object>> items = dataItems(vetting, companyEmail, ips);
    long present = items.stream().filter(i -> Boolean.TRUE.equals(i.get("present"))).count();
    int completeness = (int) (100 * present / DATA_ITEMS);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("fromVetting", vetting.isPresent());
    data.put("completeness", completeness);
    data.put("items", items);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("run", run);
    root.put("inventory", inventories);
    root.put("loginEvents", loginEvents);
    root.put("dataRecord", data);
    String json = write(root);
    return new EvidenceSnapshot(json, Fingerprints.sha256(json), completeness, parse(json));
  }

  /** The inventories of a sealed snapshot, as actions saw them when it was taken. */
  static Map<String, Map<String, Object>> inventories(String json) {
    return parse(json);
  }

  private static Map<String, Map<String, Object>> parse(String json) {
    try {
      Map<String, Object> root = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
      return JSON.convertValue(
          root.get("inventory"), new TypeReference<Map<String, Map<String, Object>>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("HIREWALL-1204 unreadable snapshot: " + e.getMessage(), e);
    }
  }

  private static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("HIREWALL-1204 snapshot not serialisable: " + e, e);
    }
  }

  private static List<Map<String, Object>> dataItems(
      Optional<VettingStatus.EvidenceRecord> vetting, String companyEmail, Set<String> ips) {
    Map<String, Map<String, Object>> byControl = new LinkedHashMap<>();
    vetting.ifPresent(
        r ->
            r.items()
                .forEach(
                    i -> {
                      Map<String, Object> m = new LinkedHashMap<>();
                      m.put("control", i.control());
                      m.put("label", i.label());
                      m.put("present", i.present());
                      m.put("values", new ArrayList<>(i.values()));
                      byControl.put(i.control(), m);
                    }));
    if (companyEmail != null && !companyEmail.isBlank()) {
      add(byControl, "DATA-11", "company e-mail issued (from Keycloak)", "yes: " + companyEmail);
    }
    for (String ip : ips) {
      add(byControl, "DATA-12", "IP addresses", ip);
    }
    return List.copyOf(byControl.values());
  }

  @SuppressWarnings("unchecked")
  private static void add(
      Map<String, Map<String, Object>> items, String control, String label, String value) {
    Map<String, Object> m =
        items.computeIfAbsent(
            control,
            c -> {
              Map<String, Object> n = new LinkedHashMap<>();
              n.put("control", c);
              n.put("label", label);
              n.put("values", new ArrayList<String>());
              return n;
            });
    List<String> values = (List<String>) m.get("values");
    if (!values.contains(value)) {
      values.add(value);
    }
    m.put("present", true);
  }

  /** IP addresses anywhere in an inventory (sessions, offline sessions). */
  private static void collectIps(Object node, Set<String> ips) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if ("ipAddress".equals(k)) {
              addIp(ips, v);
            } else {
              collectIps(v, ips);
            }
          });
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectIps(v, ips));
    }
  }

  private static void addIp(Set<String> ips, Object ip) {
    if (ip instanceof String s && !s.isBlank()) {
      ips.add(s);
    }
  }
}
