package org.hirewall.verification;

import java.time.Instant;
import java.util.List;
import org.hirewall.spi.VettingStatus;

/**
 * A vetting case as people read it: status, progress, the latest result of each check, open red
 * flags and evidence (by hash only).
 */
public record CaseView(
    String caseId,
    String subjectId,
    String tier,
    String reason,
    VettingStatus.Status status,
    int percentComplete,
    List<String> requiredChecks,
    List<String> missingChecks,
    List<CaseStore.CheckRow> checks,
    List<FlagStore.FlagRow> flags,
    List<CaseStore.EvidenceRow> evidence,
    String openedBy,
    Instant openedAt,
    String signedOffBy,
    Instant signedOffAt) {

  public List<FlagStore.FlagRow> openFlags() {
    return flags.stream().filter(FlagStore.FlagRow::open).toList();
  }
}
