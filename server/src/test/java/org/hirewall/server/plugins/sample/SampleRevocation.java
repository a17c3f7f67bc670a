package org.hirewall.server.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.RevocationAction;
import org.hirewall.spi.RevocationTarget;

/** A second extension of the sample plugin, on another extension point. */
@ApplicationScoped
@PluginExtension(plugin = "sample", id = "noop-revocation")
@Enforces({"RESP-07"})
public class SampleRevocation implements RevocationAction {

  @Override
  public int order() {
    return 1000;
  }

  @Override
  public Map<String, Object> inventory(RevocationTarget target) {
    return Map.of();
  }

  @Override
  public void revoke(RevocationTarget target, Map<String, Object> inventory) {}

  @Override
  public boolean verify(RevocationTarget target, Map<String, Object> inventory) {
    return true;
  }
}
