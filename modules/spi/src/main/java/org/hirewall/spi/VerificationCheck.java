package org.hirewall.spi;

/**
 * One vetting step or automated consistency check run against a subject's identity record. Checks
 * look for misrepresentation and inconsistency, never for demographics.
 */
public interface VerificationCheck extends HirewallExtension {

  /** Runs the check; must not change state outside the returned finding. */
  CheckResult evaluate(SubjectRef subject);
}
