package org.hirewall.server.plugins.broken;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hirewall.spi.CheckResult;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.SubjectRef;
import org.hirewall.spi.VerificationCheck;

/** A deliberately broken plugin extension: the server must refuse to deploy it. */
@ApplicationScoped
@PluginExtension(plugin = "broken", id = "demographic")
@Enforces({"PROF-02"})
public class Demographic implements VerificationCheck {
  @Override
  public CheckResult evaluate(SubjectRef subject) {
    return new CheckResult(CheckResult.Outcome.PASS, "", List.of());
  }
}
