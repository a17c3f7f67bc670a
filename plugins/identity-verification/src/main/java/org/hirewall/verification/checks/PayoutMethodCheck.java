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
 * Payment to a crypto wallet, or to an account held by someone else, is one of the payment patterns
 * the guidance names; paying an unknown identity is the first risk it lists.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "payout-method",
    description = "Flags crypto payouts and payouts to an account holder other than the subject")
@Enforces({"EMPL-15", "RISK-01", "DATA-16"})
public class PayoutMethodCheck implements VerificationCheck {

  @Inject SubjectStore subjects;

  @Override
  public CheckResult evaluate(SubjectRef subject) {
    Subject s = subjects.subject(subject.id()).orElseThrow();
    if ("CRYPTO".equals(s.payoutMethod())) {
      return new CheckResult(
          CheckResult.Outcome.FLAG, "payout to a crypto wallet", List.of("payout method CRYPTO"));
    }
    boolean otherHolder =
        s.payoutHolder() != null
            && !s.payoutHolder().isBlank()
            && !ProfileConsistencyCheck.sameName(s.payoutHolder(), s.legalName());
    if ("THIRD_PARTY".equals(s.payoutMethod()) || otherHolder) {
      return new CheckResult(
          CheckResult.Outcome.FLAG,
          "payout to an account held by someone else",
          List.of("payout method " + s.payoutMethod(), "account holder differs from legal name"));
    }
    return new CheckResult(
        CheckResult.Outcome.PASS, "payout to the subject's own account", List.of());
  }
}
