package org.hirewall.server.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hirewall.spi.CheckResult;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.SubjectRef;
import org.hirewall.spi.VerificationCheck;

/** The sample plugin of the test tree: a well-formed verification check. */
@ApplicationScoped
@PluginExtension(
    plugin = "sample",
    id = "email-consistency",
    description = "Flags a subject whose id mentions two different e-mail domains")
@Enforces({"IDPT-01", "HIRE-02a"})
public class SampleConsistencyCheck implements VerificationCheck {

  @Override
  public CheckResult evaluate(SubjectRef subject) {
    long domains = subject.id().chars().filter(c -> c == '@').count();
    return domains > 1
        ? new CheckResult(CheckResult.Outcome.FLAG, "two e-mail domains", List.of(subject.id()))
        : new CheckResult(CheckResult.Outcome.PASS, "consistent", List.of());
  }
}
