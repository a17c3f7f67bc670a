package org.hirewall.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hirewall.spi.VettingStatus;

/**
 * A case's status and progress, derived from its records (nothing of it is stored, so it can never
 * disagree with them): FLAGGED while a red flag of the subject is open (even after passing), FAILED
 * when the latest result of a required check is a fail, PASSED once signed off, NOT_STARTED before
 * the first check, IN_PROGRESS otherwise. Percent complete counts the required checks whose latest
 * result is a pass.
 *
 * @param latest the latest result of each check type, in the order first recorded
 */
public record CaseStatus(
    VettingStatus.Status status,
    int percentComplete,
    List<String> missing,
    Map<String, CaseStore.CheckRow> latest) {

  /**
   * @param checks every recorded check of the case, oldest first
   */
  public static CaseStatus derive(
      List<String> required, List<CaseStore.CheckRow> checks, boolean flagOpen, boolean signedOff) {
    Map<String, CaseStore.CheckRow> latest = new LinkedHashMap<>();
    checks.forEach(c -> latest.put(c.checkType(), c));
    List<String> missing = new ArrayList<>();
    boolean failed = false;
    for (String r : required) {
      CaseStore.CheckRow c = latest.get(r);
      if (c == null || !"PASS".equals(c.outcome())) {
        missing.add(r);
      }
      failed |= c != null && "FAIL".equals(c.outcome());
    }
    VettingStatus.Status status =
        flagOpen
            ? VettingStatus.Status.FLAGGED
            : failed
                ? VettingStatus.Status.FAILED
                : signedOff
                    ? VettingStatus.Status.PASSED
                    : checks.isEmpty()
                        ? VettingStatus.Status.NOT_STARTED
                        : VettingStatus.Status.IN_PROGRESS;
    int percent =
        required.isEmpty()
            ? 100
            : (int) Math.floor(100.0 * (required.size() - missing.size()) / required.size());
    return new CaseStatus(status, percent, List.copyOf(missing), latest);
  }
}
