package org.hirewall.core.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs before anything else and stops the server when it is configured with development values
 * outside {@code HIREWALL_PROFILE=dev}: the log says which settings to change, and the process
 * exits with status 78 (configuration error) instead of serving with a secret everyone knows.
 */
@Singleton
@Startup
public class ProductionGuard {

  private static final Logger LOG = Logger.getLogger(ProductionGuard.class.getName());

  @PostConstruct
  void check() {
    Config config = ConfigProvider.getConfig();
    List<String> problems =
        ProductionProfile.problems(name -> config.getOptionalValue(name, String.class));
    if (problems.isEmpty()) {
      if (ProductionProfile.dev(name -> config.getOptionalValue(name, String.class))) {
        LOG.warning(
            "HIREWALL-0003 HIREWALL_PROFILE=dev: development secrets and the embedded database"
                + " are allowed; never expose this server");
      }
      return;
    }
    problems.forEach(p -> LOG.severe("HIREWALL-0004 refusing to start in production: " + p));
    LOG.severe("HIREWALL-0004 (for a development server set HIREWALL_PROFILE=dev)");
    // exit from another thread: the container's shutdown must not wait on this deployment
    Thread stop = new Thread(() -> System.exit(78), "hirewall-refuse-start");
    stop.setDaemon(false);
    stop.start();
    throw new IllegalStateException("HIREWALL-0004 refusing to start: " + problems);
  }
}
