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
    List<VettingStore.CheckRow> checks,
    List<VettingStore.FlagRow> flags,
    List<VettingStore.EvidenceRow> evidence,
    String openedBy,
    Instant openedAt,
    String signedOffBy,
    Instant signedOffAt) {

  public List<VettingStore.FlagRow> openFlags() {
    return flags.stream().filter(VettingStore.FlagRow::open).toList();
  }
}
