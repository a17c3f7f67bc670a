package org.hirewall.core.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hirewall.core.persistence.DatabaseMigrations;

/** Ready when the database answers and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "java:jboss/datasources/HirewallDS")
  DataSource dataSource;

  @Inject DatabaseMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    boolean up;
    String product;
    try (Connection c = dataSource.getConnection()) {
      up = c.isValid(2) && migrations.done();
      product = c.getMetaData().getDatabaseProductName();
    } catch (Exception e) {
      up = false;
      product = "unreachable";
    }
    return HealthCheckResponse.named("database").status(up).withData("database", product).build();
  }
}
