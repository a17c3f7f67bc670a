package org.hirewall.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The few JDBC moves this plugin's stores share; errors become unchecked with a coded message. */
final class Jdbc {

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  <T> T run(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("HIREWALL-1002 vetting store: " + e.getMessage(), e);
    }
  }

  int update(String sql, Object... args) {
    return run(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
          }
        });
  }

  <T> List<T> list(String sql, Row<T> row, Object... args) {
    return run(c -> query(c, sql, row, args));
  }

  List<String> strings(String sql, String arg) {
    return list(sql, rs -> rs.getString(1), arg);
  }

  static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
    }
    return out;
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
