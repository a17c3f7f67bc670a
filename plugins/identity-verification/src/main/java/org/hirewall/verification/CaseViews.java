package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A case as people read it, with its status and progress derived from its checks, the subject's red
 * flags and the sign-off ({@link CaseStatus}).
 */
@ApplicationScoped
public class CaseViews {

  @Inject CaseStore cases;
  @Inject FlagStore flags;
  @Inject VerificationPolicy policy;

  public CaseView of(CaseStore.CaseRow k) {
    return view(k, cases.evidence(k.id()));
  }

  /**
   * The case with its evidence list left empty (not read): for questions about its status only,
   * such as provisioning's gate, which asks it once per new hire.
   */
  public CaseView statusOf(CaseStore.CaseRow k) {
    return view(k, List.of());
  }

  private CaseView view(CaseStore.CaseRow k, List<CaseStore.EvidenceRow> evidence) {
    List<String> required = policy.requiredChecks(k.tier());
    List<FlagStore.FlagRow> subjectFlags = flags.flags(k.subjectId());
    CaseStatus derived =
        CaseStatus.derive(
            required,
            cases.checks(k.id()),
            subjectFlags.stream().anyMatch(FlagStore.FlagRow::open),
            k.signedOffAt() != null);
    return new CaseView(
        k.id(),
        k.subjectId(),
        k.tier(),
        k.reason(),
        derived.status(),
        derived.percentComplete(),
        required,
        derived.missing(),
        new ArrayList<>(derived.latest().values()),
        subjectFlags,
        evidence,
        k.openedBy(),
        k.openedAt(),
        k.signedOffBy(),
        k.signedOffAt());
  }
}
