package org.hirewall.verification.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hirewall.spi.CheckResult;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.SubjectRef;
import org.hirewall.spi.VerificationCheck;
import org.hirewall.verification.FlagStore;
import org.hirewall.verification.Subject;
import org.hirewall.verification.SubjectStore;

/**
 * They keep recommending others: when a referrer has an open red flag, the people they referred are
 * flagged too, and the other way round. Only flags raised by other rules propagate, so a referral
 * flag never echoes back and forth.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "referral-chain",
    description = "Flags the referrer and the referees of a flagged subject")
@Enforces({"EMPL-11", "PROF-05", "CHAN-03", "DATA-17", "DATA-18", "HIRE-04"})
public class ReferralChainCheck implements VerificationCheck {

  static final String RULE = "referral-chain";

  @Inject SubjectStore subjects;
  @Inject FlagStore flags;

  @Override
  public CheckResult evaluate(SubjectRef subject) {
    Subject s = subjects.subject(subject.id()).orElseThrow();
    List<String> evidence = new ArrayList<>();
    if (s.referrerId() != null && hasPrimaryFlag(s.referrerId())) {
      evidence.add("referred by flagged subject " + s.referrerId());
    }
    for (String referee : subjects.referees(s.id())) {
      if (hasPrimaryFlag(referee)) {
        evidence.add("referred flagged subject " + referee);
      }
    }
    return evidence.isEmpty()
        ? new CheckResult(CheckResult.Outcome.PASS, "no flagged referral", List.of())
        : new CheckResult(
            CheckResult.Outcome.FLAG, "linked by referral to a flagged subject", evidence);
  }

  private boolean hasPrimaryFlag(String subjectId) {
    return flags.flags(subjectId).stream().anyMatch(f -> f.open() && !RULE.equals(f.rule()));
  }
}
