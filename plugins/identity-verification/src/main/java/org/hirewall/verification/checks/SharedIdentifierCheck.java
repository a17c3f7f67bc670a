package org.hirewall.verification.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hirewall.spi.CheckResult;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.SubjectRef;
import org.hirewall.spi.VerificationCheck;
import org.hirewall.verification.SubjectStore;

/**
 * Laptop farms and reused personas: the same phone, e-mail, bank account, wallet, shipping address,
 * document number, IP or GitHub account given by two different subjects. Compared by hash of the
 * normalised value, through an index, so it stays fast with many subjects.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "shared-identifier",
    description =
        "Flags subjects who share a phone, e-mail, account, wallet, address, document or IP")
@Enforces({"CASE-L5", "IDPT-06", "DATA-13a", "DATA-16a", "DATA-16b", "RESP-03"})
public class SharedIdentifierCheck implements VerificationCheck {

  @Inject SubjectStore subjects;

  @Override
  public CheckResult evaluate(SubjectRef subject) {
    List<SubjectStore.SharedIdentifier> shared = subjects.sharedIdentifiers(subject.id());
    if (shared.isEmpty()) {
      return new CheckResult(
          CheckResult.Outcome.PASS, "no identifier shared with another subject", List.of());
    }
    List<String> evidence =
        shared.stream()
            .map(x -> x.kind() + " " + x.masked() + " also given by subject " + x.otherSubjectId())
            .toList();
    return new CheckResult(
        CheckResult.Outcome.FLAG, "identifiers shared with other subjects", evidence);
  }
}
