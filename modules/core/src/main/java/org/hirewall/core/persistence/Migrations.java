package org.hirewall.core.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs one module's versioned scripts from {@code db/migration/<module>} with its own history table
 * ({@code flyway_history_<module>}), so core and each plugin version their tables independently.
 * Used by the server at start-up, by the CLI and by the benchmarks.
 */
public final class Migrations {

  private Migrations() {}

  public static MigrateResult migrate(DataSource dataSource, String module) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + module)
        .table("flyway_history_" + module.replace('-', '_'))
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
