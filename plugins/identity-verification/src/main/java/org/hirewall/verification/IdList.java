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

  /**
   * The rows of {@code sql} with {@code {ids}} replaced by the ids' parameter marks; empty for no
   * ids, without a query.
   */
  static <T> List<T> list(Jdbc db, String sql, List<String> ids, Jdbc.Row<T> row) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.list(
        sql.replace("{ids}", String.join(",", Collections.nCopies(ids.size(), "?"))),
        row,
        ids.toArray());
  }

  /** As {@link #list}, by the id in each row's first column; {@code value} reads the rest. */
  static <V> Map<String, V> byId(Jdbc db, String sql, List<String> ids, Jdbc.Row<V> value) {
    Map<String, V> out = new HashMap<>();
    list(db, sql, ids, rs -> Map.entry(rs.getString(1), value.map(rs)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
