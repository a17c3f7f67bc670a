package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewall.spi.VettingStatus;

/**
 * Derives a case's status and progress from its checks, the subject's red flags and the sign-off:
 * FLAGGED while a flag is open (even after passing), FAILED when a required check failed, PASSED
 * once signed off, NOT_STARTED before the first check, IN_PROGRESS otherwise. Nothing of it is
 * stored, so it can never disagree with the records it comes from.
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
    List<CaseStore.CheckRow> all = cases.checks(k.id());
    Map<String, CaseStore.CheckRow> latest = new LinkedHashMap<>();
    all.forEach(c -> latest.put(c.checkType(), c));
    List<String> required = policy.requiredChecks(k.tier());
    List<String> missing = new ArrayList<>();
    boolean failed = false;
    for (String r : required) {
      CaseStore.CheckRow c = latest.get(r);
      if (c == null || !"PASS".equals(c.outcome())) {
        missing.add(r);
      }
      failed |= c != null && "FAIL".equals(c.outcome());
    }
    List<FlagStore.FlagRow> subjectFlags = flags.flags(k.subjectId());
    boolean flagged = subjectFlags.stream().anyMatch(FlagStore.FlagRow::open);
    VettingStatus.Status status =
        flagged
            ? VettingStatus.Status.FLAGGED
            : failed
                ? VettingStatus.Status.FAILED
                : k.signedOffAt() != null
                    ? VettingStatus.Status.PASSED
                    : all.isEmpty()
                        ? VettingStatus.Status.NOT_STARTED
                        : VettingStatus.Status.IN_PROGRESS;
    int percent = (int) Math.floor(100.0 * (required.size() - missing.size()) / required.size());
    return new CaseView(
        k.id(),
        k.subjectId(),
        k.tier(),
        k.reason(),
        status,
        percent,
        required,
        missing,
        new ArrayList<>(latest.values()),
        subjectFlags,
        evidence,
        k.openedBy(),
        k.openedAt(),
        k.signedOffBy(),
        k.signedOffAt());
  }
}
