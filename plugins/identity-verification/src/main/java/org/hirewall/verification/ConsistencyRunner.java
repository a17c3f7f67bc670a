package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;
import org.hirewall.spi.CheckResult;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.SubjectRef;
import org.hirewall.spi.VerificationCheck;

/**
 * Runs every automated {@link VerificationCheck} deployed (this plugin's and any other plugin's) on
 * a subject, then on the subjects linked to it — those sharing an identifier, its referrer and the
 * people it referred — so that both sides of a shared wallet or a referral get their red flag. A
 * flag is raised once per rule and evidence, with the evidence that triggered it, and audited.
 */
@ApplicationScoped
public class ConsistencyRunner {

  /** Bounds the walk through linked subjects (a referral ring can be large). */
  static final int MAX_SUBJECTS = 100;

  @Inject @Any Instance<VerificationCheck> checks;
  @Inject SubjectStore subjects;
  @Inject FlagStore flags;
  @Inject AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /** Returns the flags newly raised, on any subject. */
  public List<FlagStore.FlagRow> run(String subjectId) {
    List<FlagStore.FlagRow> raised = new ArrayList<>();
    Deque<String> work = new ArrayDeque<>(List.of(subjectId));
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty() && seen.size() < MAX_SUBJECTS) {
      String id = work.poll();
      if (!seen.add(id)) {
        continue;
      }
      int before = raised.size();
      for (VerificationCheck check : checks) {
        CheckResult r = check.evaluate(new SubjectRef(id));
        if (r.outcome() == CheckResult.Outcome.FLAG) {
          raise(id, check, r).ifPresent(raised::add);
        }
      }
      if (id.equals(subjectId) || raised.size() > before) {
        subjects.sharedIdentifiers(id).forEach(s -> work.add(s.otherSubjectId()));
        subjects.subject(id).map(Subject::referrerId).ifPresent(work::add);
        work.addAll(subjects.referees(id));
      }
    }
    return raised;
  }

  private java.util.Optional<FlagStore.FlagRow> raise(
      String subjectId, VerificationCheck check, CheckResult r) {
    Class<?> type = declaringClass(check.getClass());
    PluginExtension ext = type.getAnnotation(PluginExtension.class);
    Enforces enforces = type.getAnnotation(Enforces.class);
    String rule = ext == null ? type.getSimpleName() : ext.id();
    List<String> controls = enforces == null ? List.of() : List.of(enforces.value());
    String evidence = String.join("; ", r.evidence());
    FlagStore.FlagRow flag =
        new FlagStore.FlagRow(
            UUID.randomUUID().toString(),
            subjectId,
            rule,
            String.join(",", controls),
            r.summary(),
            evidence.length() > 2000 ? evidence.substring(0, 2000) : evidence,
            clock.instant(),
            null,
            null,
            null);
    if (!flags.raiseFlag(flag, Sha256.of(rule + "|" + evidence))) {
      return java.util.Optional.empty();
    }
    audit.record(
        new AuditEvent(
            "vetting.flag.raised",
            "subject:" + subjectId,
            controls,
            "flagged",
            rule + "|" + evidence));
    return java.util.Optional.of(flag);
  }

  /** The bean class behind a CDI client proxy, which carries the annotations. */
  static Class<?> declaringClass(Class<?> type) {
    Class<?> t = type;
    while (t != null && !t.isAnnotationPresent(PluginExtension.class)) {
      t = t.getSuperclass();
    }
    return t == null ? type : t;
  }
}
