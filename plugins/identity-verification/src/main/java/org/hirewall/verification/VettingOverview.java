package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hirewall.spi.VettingStatus;

/**
 * What the console lists: subjects with the status of their newest case, the queue of open red
 * flags, and the vetting funnel (how many of the newest subjects' cases are in each status).
 * Statuses are derived from the records each time (see {@link CaseViews}), never stored.
 */
@ApplicationScoped
public class VettingOverview {

  /** How many of the newest subjects the funnel counts. */
  public static final int FUNNEL_SUBJECTS = 1000;

  @Inject SubjectStore subjects;
  @Inject CaseStore cases;
  @Inject FlagStore flags;
  @Inject VerificationPolicy policy;

  /** A subject in a list, with its newest case's status, progress and open flags. */
  public record SubjectLine(
      String id,
      String kind,
      String legalName,
      String claimedCountry,
      Instant createdAt,
      String caseId,
      VettingStatus.Status status,
      int percentComplete,
      int openFlags) {}

  /** An open red flag with the name of the subject it was raised on. */
  public record QueuedFlag(FlagStore.FlagRow flag, String legalName, String caseId) {}

  /**
   * @param subjects how many subjects were counted (at most {@link #FUNNEL_SUBJECTS}, the newest)
   */
  public record Funnel(int subjects, Map<VettingStatus.Status, Integer> byStatus, long openFlags) {}

  /**
   * The newest subjects whose legal name contains {@code text}, with their newest case's status:
   * four queries whatever the number (subjects, their newest cases, those cases' checks, open flags
   * per subject), the status derived by {@link CaseStatus} as for a single case.
   */
  public List<SubjectLine> subjects(String text, int limit) {
    List<SubjectStore.Listed> found = subjects.search(text, limit);
    List<String> ids = found.stream().map(SubjectStore.Listed::id).toList();
    Map<String, CaseStore.CaseRow> latest = cases.latestCases(ids);
    Map<String, List<CaseStore.CheckRow>> checks =
        cases.checksOf(latest.values().stream().map(CaseStore.CaseRow::id).toList());
    Map<String, Integer> open = flags.openFlagCounts(ids);
    return found.stream()
        .map(
            s -> {
              CaseStore.CaseRow c = latest.get(s.id());
              int openFlags = open.getOrDefault(s.id(), 0);
              CaseStatus derived =
                  c == null
                      ? null
                      : CaseStatus.derive(
                          policy.requiredChecks(c.tier()),
                          checks.getOrDefault(c.id(), List.of()),
                          openFlags > 0,
                          c.signedOffAt() != null);
              return new SubjectLine(
                  s.id(),
                  s.kind(),
                  s.legalName(),
                  s.claimedCountry(),
                  s.createdAt(),
                  c == null ? null : c.id(),
                  derived == null ? VettingStatus.Status.NOT_STARTED : derived.status(),
                  derived == null ? 0 : derived.percentComplete(),
                  openFlags);
            })
        .toList();
  }

  public List<QueuedFlag> openFlags(int limit) {
    List<FlagStore.FlagRow> open = flags.openFlags(limit);
    List<String> ids = open.stream().map(FlagStore.FlagRow::subjectId).distinct().toList();
    Map<String, String> names = subjects.names(ids);
    Map<String, CaseStore.CaseRow> latest = cases.latestCases(ids);
    return open.stream()
        .map(
            f -> {
              CaseStore.CaseRow c = latest.get(f.subjectId());
              return new QueuedFlag(f, names.get(f.subjectId()), c == null ? null : c.id());
            })
        .toList();
  }

  public Funnel funnel() {
    List<SubjectLine> lines = subjects(null, FUNNEL_SUBJECTS);
    Map<VettingStatus.Status, Integer> by = new EnumMap<>(VettingStatus.Status.class);
    for (VettingStatus.Status s : VettingStatus.Status.values()) {
      by.put(s, 0);
    }
    lines.forEach(l -> by.merge(l.status(), 1, Integer::sum));
    return new Funnel(lines.size(), by, flags.openFlagCount());
  }
}
