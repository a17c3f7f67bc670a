package org.hirewall.spi;

import java.util.List;
import java.util.Optional;

/**
 * What identity verification says about a subject. Provisioning asks it before granting anything:
 * no access at all before vetting passed, nothing privileged unless vetting is complete (ORG-01).
 */
public interface VettingStatus {

  /** The newest vetting case of the subject, if there is one. */
  Optional<Summary> summary(String subjectId);

  /**
   * May the subject receive an entitlement? Ordinary access needs a passed case without open red
   * flags; privileged access needs that and every check of the privileged tier passed (100 %).
   */
  default boolean mayReceive(String subjectId, boolean privileged) {
    return summary(subjectId)
        .map(
            s ->
                s.status() == Status.PASSED
                    && s.openFlags().isEmpty()
                    && (!privileged || (s.privilegedTier() && s.percentComplete() == 100)))
        .orElse(false);
  }

  /**
   * The subject's DATA-01..18 record as collected during vetting (identifiers masked, evidence
   * files by hash only), for a revocation's evidence snapshot; empty when the subject is unknown.
   */
  default Optional<EvidenceRecord> evidenceRecord(String subjectId) {
    return Optional.empty();
  }

  /** The DATA-01..18 items, each present or not, and how complete the record is. */
  record EvidenceRecord(String subjectId, List<EvidenceItem> items) {
    public EvidenceRecord {
      items = List.copyOf(items);
    }

    /** Items present, in percent of all items. */
    public int completeness() {
      return items.isEmpty()
          ? 0
          : (int) (100 * items.stream().filter(EvidenceItem::present).count() / items.size());
    }
  }

  /**
   * @param control the DATA-xx id
   * @param label what the guidance asks for
   * @param present whether Hirewall holds it
   * @param values masked values, hashes or short facts; never a secret or a plain document number
   */
  record EvidenceItem(String control, String label, boolean present, List<String> values) {
    public EvidenceItem {
      values = List.copyOf(values);
    }
  }

  enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    PASSED,
    FLAGGED,
    FAILED
  }

  /**
   * @param percentComplete required checks passed, in percent of those the case's tier requires
   * @param privilegedTier whether the case was vetted against the privileged tier's checks
   * @param openFlags the rules of the red flags not cleared yet
   * @param reason why the case was opened: {@code HIRING}, {@code RE_VERIFICATION}, {@code
   *     POST_HIRE_KYC}, {@code PROMOTION}
   * @param openedAt when the case was opened
   */
  record Summary(
      String subjectId,
      String caseId,
      Status status,
      int percentComplete,
      boolean privilegedTier,
      List<String> openFlags,
      String reason,
      java.time.Instant openedAt) {
    public Summary {
      openFlags = List.copyOf(openFlags);
    }
  }
}
