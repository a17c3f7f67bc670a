package org.hirewall.revocation.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading back what an action put in its inventory (plain lists and maps, from JSON). */
final class Inventories {

  private Inventories() {}

  /** The {@code field} of every map in the list {@code list} of the inventory. */
  static List<String> values(Map<String, Object> inventory, String list, String field) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) inventory.getOrDefault(list, List.of())) {
      Object v = ((Map<?, ?>) o).get(field);
      if (v != null) {
        out.add(v.toString());
      }
    }
    return out;
  }
}
