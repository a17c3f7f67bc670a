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
 * restart. Half a second after start-up the revocation path is warmed up once ({@link
 * RunExecutor#warmUp}, {@code warm-up-rounds}, default 100), so a first containment is not slow.
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

  @Inject
  @ConfigProperty(name = "hirewall.plugin.access-revocation.warm-up-rounds", defaultValue = "100")
  int warmUpRounds;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(1000, seconds * 1000, new TimerConfig("revocation-runs", false));
    timers.createSingleActionTimer(500, new TimerConfig("revocation-warm-up", false));
  }

  @Timeout
  void tick(jakarta.ejb.Timer timer) {
    if ("revocation-warm-up".equals(timer.getInfo())) {
      // on the executor, not here: this singleton's lock must stay free for the ticks
      executor.warmUpInBackground(warmUpRounds);
      return;
    }
    try {
      executor.submitDue();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "HIREWALL-1201 revocation schedule failed; retried at the next tick", e);
    }
  }
}
