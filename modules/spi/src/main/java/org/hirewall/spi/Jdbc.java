package org.hirewall.spi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The few JDBC moves plugin stores share, over the server's data source ({@link #DATASOURCE}): each
 * call joins the caller's transaction; SQL errors become unchecked, with the store's message code.
 */
public final class Jdbc {

  /** JNDI name of the server's data source (H2 by default, PostgreSQL in production). */
  public static final String DATASOURCE = "java:jboss/datasources/HirewallDS";

  private final DataSource dataSource;
  private final String code;

  /** {@code code} prefixes error messages, e.g. {@code HIREWALL-1002 vetting store}. */
  public Jdbc(DataSource dataSource, String code) {
    this.dataSource = dataSource;
    this.code = code;
  }

  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code work} on a pooled connection. A failure of the database rather than of the
   * statement (a dropped connection, a restarting server, a deadlock or serialization conflict) is
   * {@link Unavailable}: the work may be tried again; anything else is an IllegalStateException.
   */
  public <T> T run(Work<T> work) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) { // no connection to be had (the database is down, the pool is full)
      throw new Unavailable("the database", code, e);
    }
    try (Connection c = connection) {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(code, e);
    }
  }

  /**
   * What a failed statement means, for code that holds its own connection: {@link Unavailable} when
   * the database failed ({@link #transientFailure}), else an IllegalStateException; both say {@code
   * code} (a log code and what failed).
   */
  public static RuntimeException failure(String code, SQLException e) {
    return transientFailure(e)
        ? new Unavailable("the database", code, e)
        : new IllegalStateException(code + ": " + e.getMessage(), e);
  }

  /**
   * SQLSTATE classes that say the database, not the statement, failed: 08 (connection), 57P01-03
   * (shut down, crashed, not accepting connections yet), 53300 (too many connections), 40001 and
   * 40P01 (serialization failure, deadlock: retrying succeeds).
   */
  static boolean transientFailure(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        String state = s.getSQLState();
        if (state.startsWith("08")
            || state.startsWith("57P0")
            || state.equals("53300")
            || state.equals("40001")
            || state.equals("40P01")) {
          return true;
        }
      }
    }
    return false;
  }

  public int update(String sql, Object... args) {
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

  public <T> List<T> list(String sql, Row<T> row, Object... args) {
    return run(c -> query(c, sql, row, args));
  }

  public List<String> strings(String sql, String arg) {
    return list(sql, rs -> rs.getString(1), arg);
  }

  public static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args)
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

  public static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
