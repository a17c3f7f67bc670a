package org.hirewall.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: a fresh PostgreSQL database for the test run
 * ({@code @ExtendWith(PostgresExtension.class)}), created by the first test class that needs it and
 * dropped when the run ends. See {@link PostgresDatabase} for the connection settings.
 */
public final class PostgresExtension implements BeforeAllCallback {

  private static volatile PostgresDatabase database;

  public static PostgresDatabase database() {
    if (database == null) {
      throw new IllegalStateException("no database: use @ExtendWith(PostgresExtension.class)");
    }
    return database;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    createOnce(context);
  }

  static PostgresDatabase createOnce(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(PostgresExtension.class.getName(), k -> create(), Dropping.class);
    return database;
  }

  private static synchronized Dropping create() {
    database = PostgresDatabase.create();
    return new Dropping();
  }

  private static final class Dropping implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      database.close();
      database = null;
    }
  }
}
