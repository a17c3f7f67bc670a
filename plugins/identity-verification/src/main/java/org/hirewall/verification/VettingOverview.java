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
  @Inject CaseViews views;

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
  public record Funnel(int subjects, Map<VettingStatus.Status, Integer> byStatus, int openFlags) {}

  public List<SubjectLine> subjects(String text, int limit) {
    return subjects.search(text, limit).stream().map(this::line).toList();
  }

  public List<QueuedFlag> openFlags(int limit) {
    List<FlagStore.FlagRow> open = flags.openFlags(limit);
    Map<String, String> names =
        subjects.names(open.stream().map(FlagStore.FlagRow::subjectId).distinct().toList());
    return open.stream()
        .map(
            f ->
                new QueuedFlag(
                    f,
                    names.get(f.subjectId()),
                    cases.latestCase(f.subjectId()).map(CaseStore.CaseRow::id).orElse(null)))
        .toList();
  }

  public Funnel funnel() {
    List<SubjectLine> lines = subjects(null, FUNNEL_SUBJECTS);
    Map<VettingStatus.Status, Integer> by = new EnumMap<>(VettingStatus.Status.class);
    for (VettingStatus.Status s : VettingStatus.Status.values()) {
      by.put(s, 0);
    }
    lines.forEach(l -> by.merge(l.status(), 1, Integer::sum));
    return new Funnel(lines.size(), by, flags.openFlags(10_000).size());
  }

  private SubjectLine line(SubjectStore.Listed s) {
    CaseView c = cases.latestCase(s.id()).map(views::statusOf).orElse(null);
    return new SubjectLine(
        s.id(),
        s.kind(),
        s.legalName(),
        s.claimedCountry(),
        s.createdAt(),
        c == null ? null : c.caseId(),
        c == null ? VettingStatus.Status.NOT_STARTED : c.status(),
        c == null ? 0 : c.percentComplete(),
        c == null ? 0 : c.openFlags().size());
  }
}
