package org.hirewall.core.plugins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The guidance controls Hirewall knows, by stable ID. Read once from the catalog that {@code
 * config/guidance/controls.tsv} ships as {@code hirewall/controls.tsv} in the core jar.
 */
public final class ControlCatalog {

  static final String RESOURCE = "hirewall/controls.tsv";

  private final Map<String, Control> controls;

  ControlCatalog(Map<String, Control> controls) {
    this.controls = Map.copyOf(controls);
  }

  public static ControlCatalog load() {
    InputStream in = ControlCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("HIREWALL-0101 guidance catalog " + RESOURCE + " is missing");
    }
    Map<String, Control> byId = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 5 || byId.containsKey(f[0])) {
          throw new IllegalStateException(
              "HIREWALL-0102 guidance catalog line "
                  + n
                  + " is malformed or repeats an ID: "
                  + line);
        }
        byId.put(f[0], new Control(f[0], f[1], f[2], f[3], f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ControlCatalog(byId);
  }

  public Optional<Control> find(String id) {
    return Optional.ofNullable(controls.get(id));
  }

  /** Every control, in catalog order. */
  public Collection<Control> all() {
    return controls.values().stream().sorted(java.util.Comparator.comparing(Control::id)).toList();
  }
}
