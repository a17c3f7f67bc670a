package org.hirewall.verification.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hirewall.spi.CheckResult;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.SubjectRef;
import org.hirewall.spi.VerificationCheck;
import org.hirewall.verification.Subject;
import org.hirewall.verification.SubjectStore;

/**
 * An identity document from one country and a claimed residence in another is the combination the
 * guidance tells to look at (a KYC nationality that does not match the residence). It compares
 * countries only — never nationality as such, never origin.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "document-residence",
    description = "Flags an identity document issued in another country than the claimed residence")
@Enforces({"IDPT-03", "PROF-07"})
public class DocumentResidenceCheck implements VerificationCheck {

  @Inject SubjectStore subjects;

  @Override
  public CheckResult evaluate(SubjectRef subject) {
    Subject s = subjects.subject(subject.id()).orElseThrow();
    if (s.documentCountry() == null) {
      return new CheckResult(
          CheckResult.Outcome.NOT_APPLICABLE, "no document country given", List.of());
    }
    if (s.documentCountry().equals(s.claimedCountry())) {
      return new CheckResult(CheckResult.Outcome.PASS, "document matches residence", List.of());
    }
    return new CheckResult(
        CheckResult.Outcome.FLAG,
        "identity document country differs from the claimed residence",
        List.of(
            "document country " + s.documentCountry(), "claimed residence " + s.claimedCountry()));
  }
}
