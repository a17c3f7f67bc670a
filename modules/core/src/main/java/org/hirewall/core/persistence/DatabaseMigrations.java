package org.hirewall.core.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.hirewall.core.plugins.PluginRegistry;

/**
 * Brings the schema up to date before anything else runs. Flyway owns all DDL (Hibernate schema
 * generation stays off), and the same versioned scripts run on H2 and PostgreSQL. Each plugin keeps
 * its own history table ({@code flyway_history_<plugin>}) under {@code db/migration/<plugin>}, so
 * adding a plugin never renumbers core's migrations.
 */
@Singleton
@Startup
@DependsOn("ProductionGuard")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "java:jboss/datasources/HirewallDS")
  DataSource dataSource;

  private volatile boolean done;

  @Inject PluginRegistry registry;

  @PostConstruct
  void migrate() {
    List<String> modules = new ArrayList<>();
    modules.add("core");
    for (PluginRegistry.Plugin p : registry.plugins()) {
      if (getClass().getClassLoader().getResource("db/migration/" + p.id()) != null) {
        modules.add(p.id());
      }
    }
    for (String module : modules) {
      MigrateResult result = Migrations.migrate(dataSource, module);
      LOG.info(
          () ->
              "HIREWALL-0002 schema of "
                  + module
                  + " at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migration(s) applied) on "
                  + result.database);
    }
    done = true;
  }

  public boolean done() {
    return done;
  }
}
