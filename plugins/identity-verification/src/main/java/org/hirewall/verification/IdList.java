package org.hirewall.verification;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hirewall.spi.Jdbc;

/**
 * Reads for a list of ids in one query ({@code … IN (?, ?, …)}), so a page of subjects costs a
 * fixed number of queries whatever its length.
 */
final class IdList {

  private IdList() {}

  /** {@code n} JDBC parameter marks for an IN list. */
  static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  /**
   * Runs {@code sql} with {@code {ids}} replaced by the ids' parameter marks; each row's first
   * column is an id, {@code value} reads the rest. Empty for no ids, without a query.
   */
  static <V> Map<String, V> byId(Jdbc db, String sql, List<String> ids, Jdbc.Row<V> value) {
    Map<String, V> out = new HashMap<>();
    if (!ids.isEmpty()) {
      db.<Map.Entry<String, V>>list(
              sql.replace("{ids}", marks(ids.size())),
              rs -> Map.entry(rs.getString(1), value.map(rs)),
              ids.toArray())
          .forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }
}
