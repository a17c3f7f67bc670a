package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hirewall.spi.MetricsSource;

/**
 * Provisioning figures for {@code /metrics}, from the database: grants that expire within a day
 * (the expiry worker will remove them) and grants still PENDING (an apply or approval in flight, or
 * one the worker has to complete).
 */
@ApplicationScoped
public class ProvisioningMetrics implements MetricsSource {

  @Inject GrantStore grants;

  @Override
  public List<Metric> metrics() {
    Instant now = Instant.now();
    return List.of(
        Metric.gauge(
            "hirewall_grants_expiring_soon",
            "active grants that expire within 24 hours",
            grants.countActiveExpiringBefore(now.plus(Duration.ofHours(24)))),
        Metric.gauge(
            "hirewall_grants_pending",
            "grants recorded but not yet confirmed in Keycloak",
            grants.countPending()));
  }
}
