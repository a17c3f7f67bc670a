package org.hirewall.provisioning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the expiry worker every {@code hirewall.plugin.access-provisioning.expiry-seconds} (env
 * {@code HIREWALL_PLUGIN_ACCESS_PROVISIONING_EXPIRY_SECONDS}, default 30) on every node; the
 * database claims keep nodes from processing the same expiry twice. The same tick resumes bulk
 * imports whose node stopped in the middle.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ProvisioningSchedule {

  private static final Logger LOG = Logger.getLogger(ProvisioningSchedule.class.getName());

  @Resource TimerService timers;
  @Inject ExpiryWorker expiry;
  @Inject ImportRunner imports;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.access-provisioning.expiry-seconds", defaultValue = "30")
  long seconds;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(
        seconds * 1000, seconds * 1000, new TimerConfig("grant-expiry", false));
  }

  @Timeout
  void tick() {
    try {
      int ended = expiry.runOnce();
      if (ended > 0) {
        LOG.info(() -> "HIREWALL-1105 " + ended + " expired grant(s) removed from Keycloak");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "HIREWALL-1104 grant expiry failed; retried at the next tick", e);
    }
    try {
      imports.resumeOrphans();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "HIREWALL-1108 resuming bulk imports failed; retried", e);
    }
  }
}
