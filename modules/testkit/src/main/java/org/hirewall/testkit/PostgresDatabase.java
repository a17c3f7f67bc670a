package org.hirewall.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty PostgreSQL database for one test run on the local cluster (127.0.0.1:5432, user
 * {@code postgres}, trust auth unless {@code hirewall.it.pg.password} says otherwise). Dropped when
 * closed; nothing of an earlier run leaks in.
 */
public final class PostgresDatabase implements AutoCloseable {

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String name;

  private PostgresDatabase(String host, int port, String user, String password, String name) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.name = name;
  }

  public static PostgresDatabase create() {
    String host = System.getProperty("hirewall.it.pg.host", "127.0.0.1");
    int port = Integer.getInteger("hirewall.it.pg.port", 5432);
    String user = System.getProperty("hirewall.it.pg.user", "postgres");
    String password = System.getProperty("hirewall.it.pg.password", "postgres");
    String name =
        "hirewall_it_"
            + System.currentTimeMillis()
            + "_"
            + ThreadLocalRandom.current().nextInt(1000);
    PostgresDatabase db = new PostgresDatabase(host, port, user, password, name);
    db.admin("CREATE DATABASE " + name);
    return db;
  }

  public String name() {
    return name;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  /** A new connection to this run's database; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user, password);
  }

  /**
   * Drops every connection to this database (pg_terminate_backend), as a network cut or a database
   * failover would; returns how many were dropped. Pools see broken connections afterwards.
   */
  public int dropConnections() throws SQLException {
    try (Connection c = connect();
        var ps =
            c.prepareStatement(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
      ps.setString(1, name);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @Override
  public void close() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void admin(String sql) {
    String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + host
              + ":"
              + port
              + " refused '"
              + sql
              + "' (is it running? "
              + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): "
              + e.getMessage(),
          e);
    }
  }
}
