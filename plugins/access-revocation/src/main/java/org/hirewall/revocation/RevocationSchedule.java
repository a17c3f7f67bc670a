package org.hirewall.revocation;

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
 * Every {@code hirewall.plugin.access-revocation.tick-seconds} (default 5) on every node: starts
 * offboardings whose time has come, retries runs that are backing off, and resumes runs whose node
 * died (its claim lapsed). The first tick comes right after start-up, so a crashed run resumes on
 * restart.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class RevocationSchedule {

  private static final Logger LOG = Logger.getLogger(RevocationSchedule.class.getName());

  @Resource TimerService timers;
  @Inject RunExecutor executor;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.access-revocation.tick-seconds", defaultValue = "5")
  long seconds;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(1000, seconds * 1000, new TimerConfig("revocation-runs", false));
  }

  @Timeout
  void tick() {
    try {
      executor.submitDue();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "HIREWALL-1201 revocation schedule failed; retried at the next tick", e);
    }
  }
}
