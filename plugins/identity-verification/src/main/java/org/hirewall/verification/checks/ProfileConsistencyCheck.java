package org.hirewall.verification.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hirewall.spi.CheckResult;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.SubjectRef;
import org.hirewall.spi.VerificationCheck;
import org.hirewall.verification.Subject;
import org.hirewall.verification.SubjectStore;

/**
 * Personas get confused: the profiles a subject gives show other names or e-mail addresses than the
 * legal name and e-mails they gave us. This compares the values for equality only (accents and case
 * ignored); it never judges what a name is or where it comes from.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "profile-consistency",
    description = "Flags profiles whose name or e-mail differs from the identity given")
@Enforces({"IDPT-01", "HIRE-02a", "HIRE-02f"})
public class ProfileConsistencyCheck implements VerificationCheck {

  @Inject SubjectStore subjects;

  @Override
  public CheckResult evaluate(SubjectRef subject) {
    Subject s = subjects.subject(subject.id()).orElseThrow();
    if (s.profiles().isEmpty()) {
      return new CheckResult(CheckResult.Outcome.NOT_APPLICABLE, "no profiles given", List.of());
    }
    List<String> emails = subjects.emailHashes(s.id());
    List<String> evidence = new ArrayList<>();
    for (Subject.Profile p : s.profiles()) {
      if (p.displayName() != null
          && !p.displayName().isBlank()
          && !sameName(p.displayName(), s.legalName())) {
        evidence.add(p.platform() + " profile " + p.handle() + " shows another name");
      }
      if (p.email() != null
          && !p.email().isBlank()
          && !emails.contains(
              subjects.identifierHash(
                  org.hirewall.verification.Identifiers.Kind.EMAIL, p.email()))) {
        evidence.add(p.platform() + " profile " + p.handle() + " uses an e-mail not given to us");
      }
    }
    return evidence.isEmpty()
        ? new CheckResult(CheckResult.Outcome.PASS, "profiles consistent", List.of())
        : new CheckResult(
            CheckResult.Outcome.FLAG, "names or e-mails differ across profiles", evidence);
  }

  /** Same words in any order, ignoring case, accents and punctuation. */
  static boolean sameName(String a, String b) {
    return words(a).equals(words(b));
  }

  private static List<String> words(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .trim();
    return java.util.Arrays.stream(plain.split(" ")).sorted().toList();
  }
}
