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
 * A candidate who accepts 25 % or more below the market band for the role fits the pattern the
 * guidance describes (they accept pay cuts; do not undercut the market).
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "below-market-offer",
    description = "Flags an offer at least 25 % below the bottom of the market band")
@Enforces({"HIRE-03", "EMPL-15", "POST-02"})
public class BelowMarketOfferCheck implements VerificationCheck {

  /** An offer at or below this share of the band's minimum is flagged. */
  static final double THRESHOLD = 0.75;

  @Inject SubjectStore subjects;

  @Override
  public CheckResult evaluate(SubjectRef subject) {
    Subject s = subjects.subject(subject.id()).orElseThrow();
    if (s.offeredSalary() == null || s.marketBandMin() == null) {
      return new CheckResult(
          CheckResult.Outcome.NOT_APPLICABLE, "no offer or band given", List.of());
    }
    if (s.offeredSalary() > s.marketBandMin() * THRESHOLD) {
      return new CheckResult(CheckResult.Outcome.PASS, "offer within the market", List.of());
    }
    long percentBelow =
        Math.round(100.0 * (s.marketBandMin() - s.offeredSalary()) / s.marketBandMin());
    return new CheckResult(
        CheckResult.Outcome.FLAG,
        "offer is " + percentBelow + " % below the market band",
        List.of("offered " + s.offeredSalary(), "band minimum " + s.marketBandMin()));
  }
}
