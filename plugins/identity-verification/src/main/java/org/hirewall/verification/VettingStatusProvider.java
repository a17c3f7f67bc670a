package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hirewall.spi.VettingStatus;

/** Answers provisioning's question "may this subject get entitlement X?" from the newest case. */
@ApplicationScoped
public class VettingStatusProvider implements VettingStatus {

  @Inject VettingService service;
  @Inject EvidenceRecords evidence;

  @Override
  public Optional<EvidenceRecord> evidenceRecord(String subjectId) {
    return evidence.of(subjectId);
  }

  @Override
  public Optional<Summary> summary(String subjectId) {
    return service
        .latestStatus(subjectId)
        .map(
            c ->
                new Summary(
                    subjectId,
                    c.caseId(),
                    c.status(),
                    c.percentComplete(),
                    VerificationPolicy.PRIVILEGED_TIER.equals(c.tier()),
                    c.openFlags().stream().map(FlagStore.FlagRow::rule).toList(),
                    c.reason(),
                    c.openedAt()));
  }
}
