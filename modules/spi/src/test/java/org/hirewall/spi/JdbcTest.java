package org.hirewall.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which database failures are outages (retry later) and which are the statement's own: the
 * SQLSTATEs PostgreSQL and its driver give for a dropped connection, a restart, a deadlock.
 */
class JdbcTest {

  @Test
  void aDroppedConnectionARestartOrADeadlockIsAnOutage() {
    for (String state :
        new String[] {"08003", "08006", "57P01", "57P03", "53300", "40001", "40P01"}) {
      assertTrue(Jdbc.transientFailure(new SQLException("x", state)), state);
    }
    // wrapped, as the pool wraps the driver's exception
    assertTrue(
        Jdbc.transientFailure(new SQLException("pool", null, new SQLException("closed", "08003"))));
  }

  @Test
  void aBadStatementOrAConstraintIsNot() {
    for (String state : new String[] {"23505", "22001", "42P01", "42601"}) {
      assertFalse(Jdbc.transientFailure(new SQLException("x", state)), state);
    }
    assertFalse(Jdbc.transientFailure(new SQLException("no state")));
  }

  @Test
  void outagesAreUnavailableAndEverythingElseStaysAnError() {
    Jdbc jdbc = new Jdbc(new FailingDataSource(null), "HIREWALL-9999 test store");
    Unavailable down =
        assertThrows(
            Unavailable.class,
            () ->
                jdbc.run(
                    c -> {
                      throw new SQLException("terminated", "57P01");
                    }));
    assertEquals("the database", down.system());
    assertThrows(
        IllegalStateException.class,
        () ->
            jdbc.run(
                c -> {
                  throw new SQLException("duplicate key", "23505");
                }));
    Jdbc noConnection =
        new Jdbc(new FailingDataSource(new SQLException("IJ000453 no managed connection")), "t");
    assertThrows(Unavailable.class, () -> noConnection.run(c -> 1));
    assertTrue(Unavailable.in(new RuntimeException("wrapped", down)).isPresent());
  }

  /** A data source whose connections do nothing (statements are the tests' own lambdas). */
  private record FailingDataSource(SQLException onConnect) implements javax.sql.DataSource {
    @Override
    public java.sql.Connection getConnection() throws SQLException {
      if (onConnect != null) {
        throw onConnect;
      }
      return (java.sql.Connection)
          java.lang.reflect.Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {java.sql.Connection.class},
              (proxy, method, args) -> null);
    }

    @Override
    public java.sql.Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
      return null;
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
