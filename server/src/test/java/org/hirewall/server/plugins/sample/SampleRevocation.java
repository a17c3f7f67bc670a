package org.hirewall.server.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.RevocationAction;
import org.hirewall.spi.SubjectRef;

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
  public Map<String, Object> inventory(SubjectRef subject) {
    return Map.of();
  }

  @Override
  public void revoke(SubjectRef subject) {}

  @Override
  public boolean verify(SubjectRef subject) {
    return true;
  }
}
