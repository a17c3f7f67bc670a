package org.hirewall.core.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import org.hirewall.spi.Jdbc;
import org.hirewall.spi.MetricsSource;

/** The audit trail's figures: records written but not yet sealed into the chain. */
@ApplicationScoped
public class AuditMetrics implements MetricsSource {

  @Resource(lookup = Jdbc.DATASOURCE)
  DataSource dataSource;

  @Override
  public List<Metric> metrics() {
    long pending =
        new Jdbc(dataSource, "HIREWALL-0601 audit metrics")
            .list("SELECT COUNT(*) FROM audit_record WHERE seq IS NULL", rs -> rs.getLong(1))
            .get(0);
    return List.of(
        Metric.gauge(
            "hirewall_audit_records_pending",
            "audit records written but not yet sealed into the hash chain",
            pending));
  }
}
