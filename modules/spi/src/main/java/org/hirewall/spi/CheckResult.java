package org.hirewall.spi;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link VerificationCheck}: what was found and the evidence that made the check
 * decide so. Evidence is described, never copied: file contents appear only by hash.
 */
public record CheckResult(Outcome outcome, String summary, List<String> evidence) {

  public enum Outcome {
    PASS,
    FAIL,
    FLAG,
    NOT_APPLICABLE
  }

  public CheckResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(summary, "summary");
    evidence = List.copyOf(evidence);
  }
}
