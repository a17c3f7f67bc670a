package org.hirewall.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;
import org.hirewall.spi.RuleViolation;

/**
 * Starts containment and offboarding runs for one user or many (RESP-03: a laptop farm, a referral
 * ring), joins a user's unfinished run instead of starting a second one, and reads runs back.
 */
@ApplicationScoped
public class RevocationRuns {

  @Inject RunStore runs;
  @Inject RunLedger ledger;
  @Inject RunExecutor executor;
  @Inject RevocationActions actions;
  @Inject RevocationPolicy policy;
  @Inject WorkforceGateway keycloak;
  @Inject AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /** Whose access to remove. */
  public record Target(String username, String subjectId) {}

  /** A run with everything recorded about it. */
  public record RunDetails(
      RunStore.Run run,
      List<RunStore.Step> steps,
      List<RunStore.Task> checklist,
      List<RunStore.Rotation> rotations,
      List<RunStore.Notice> notices) {}

  /** The runs a request started or joined, and how far they are. */
  public record Batch(
      String batchId,
      int total,
      int completed,
      int failed,
      int inProgress,
      List<String> joined,
      List<RunStore.Run> runs) {}

  /**
   * Creates (or joins) a run per target and, for a containment or an offboarding due now, starts
   * them on this node; waits up to {@code wait} for them to finish.
   */
  public Batch start(
      RunStore.Kind kind,
      List<Target> targets,
      String reason,
      Instant at,
      Duration wait,
      String actor) {
    Instant now = clock.instant();
    Instant when = at == null || at.isBefore(now) ? now : at;
    if (kind == RunStore.Kind.OFFBOARDING && at == null) {
      throw RuleViolation.invalid("at", "required: when the person leaves (ISO-8601 instant)");
    }
    if (at != null && at.isBefore(now.minus(Duration.ofMinutes(5)))) {
      throw RuleViolation.invalid("at", "is in the past");
    }
    if (at != null && at.isAfter(now.plus(Duration.ofDays(366)))) {
      throw RuleViolation.invalid("at", "more than a year ahead");
    }
    targets =
        targets.stream().map(t -> new Target(canonical(t.username()), t.subjectId())).toList();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      if (!seen.add(targets.get(i).username())) {
        throw RuleViolation.invalid(
            "targets[" + i + "].username", "listed twice (usernames do not depend on case)");
      }
    }
    List<String> userIds = resolve(targets);
    Set<String> seenIds = new HashSet<>();
    for (int i = 0; i < userIds.size(); i++) {
      if (userIds.get(i) != null && !seenIds.add(userIds.get(i))) {
        throw RuleViolation.invalid("targets[" + i + "].username", "the same user listed twice");
      }
    }
    boolean startNow = !when.isAfter(now);
    String batchId = UUID.randomUUID().toString();
    List<String> ids = new ArrayList<>();
    List<String> joined = new ArrayList<>();
    List<CompletableFuture<Void>> working = new ArrayList<>();
    List<RevocationPolicy.Task> checklist =
        kind == RunStore.Kind.CONTAINMENT ? policy.checklist() : List.of();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      RunStore.Run run =
          new RunStore.Run(
              UUID.randomUUID().toString(),
              batchId,
              kind,
              t.username(),
              userIds.get(i),
              t.subjectId(),
              reason,
              startNow ? "QUEUED" : "SCHEDULED",
              actor,
              now,
              when,
              null,
              null,
              null,
              null,
              null,
              null,
              0,
              null,
              startNow ? RunExecutor.NODE : null,
              null,
              null);
      String id = createOrJoin(run, checklist);
      ids.add(id);
      if (startNow) {
        working.add(executor.submit(id)); // starts while the next runs are being recorded
      }
      if (!id.equals(run.id())) {
        joined.add(id);
      }
    }
    await(working, wait);
    return batch(batchId, ids, joined);
  }

  private String createOrJoin(RunStore.Run run, List<RevocationPolicy.Task> checklist) {
    Instant claimUntil =
        run.claimedBy() == null ? null : run.requestedAt().plus(executor.claimDuration());
    try {
      return ledger.createOrJoin(run, claimUntil, actions.ids(), checklist);
    } catch (RuntimeException raced) {
      // a concurrent trigger for the same user won the rv_active key: this attempt rolled back,
      // the next one finds the winner and joins it (or supersedes it, as the rules say)
      if (runs.activeRun(run.username()).isEmpty()) {
        throw raced;
      }
      return ledger.createOrJoin(run, claimUntil, actions.ids(), checklist);
    }
  }

  /**
   * The one spelling of a username that all bookkeeping uses: Keycloak compares usernames without
   * case and stores them lowercase, so {@code Mallory} and {@code mallory} are one user.
   */
  public static String canonical(String username) {
    return username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Keycloak ids of the targets. An unknown username is refused (naming the field); when Keycloak
   * cannot be reached the run is still recorded and the user is looked up when it executes.
   */
  private List<String> resolve(List<Target> targets) {
    List<java.util.function.Supplier<Lookup>> lookups =
        targets.stream()
            .<java.util.function.Supplier<Lookup>>map(t -> () -> lookUp(t.username()))
            .toList();
    List<Lookup> found = executor.parallel(lookups); // one request for 100 users: at once
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Lookup l = found.get(i);
      if (l.absent() && runs.activeRun(targets.get(i).username()).isEmpty()) {
        throw RuleViolation.invalid(
            "targets[" + i + "].username", "no such user in the workforce realm");
      }
      ids.add(l.userId());
    }
    return ids;
  }

  /** What Keycloak said about a username: its id, no such user, or nothing (unreachable). */
  private record Lookup(String userId, boolean absent) {}

  private Lookup lookUp(String username) {
    try {
      return keycloak
          .findUser(username)
          .map(u -> new Lookup(u.id(), false))
          .orElse(new Lookup(null, true));
    } catch (jakarta.ws.rs.ProcessingException | jakarta.ws.rs.WebApplicationException down) {
      return new Lookup(null, false);
    }
  }

  private static void await(List<CompletableFuture<Void>> working, Duration wait) {
    if (working.isEmpty() || wait.isZero()) {
      return;
    }
    try {
      CompletableFuture.allOf(working.toArray(CompletableFuture[]::new))
          .get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // still running (or retrying): the caller reports progress
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public Batch batch(String batchId) {
    List<RunStore.Run> list = runs.batch(batchId);
    if (list.isEmpty()) {
      throw RuleViolation.notFound("no batch " + batchId);
    }
    return summary(batchId, list, List.of());
  }

  private Batch batch(String batchId, List<String> ids, List<String> joined) {
    List<RunStore.Run> list = ids.stream().map(id -> runs.run(id).orElseThrow()).toList();
    return summary(batchId, list, joined);
  }

  private static Batch summary(String batchId, List<RunStore.Run> list, List<String> joined) {
    int completed = (int) list.stream().filter(r -> r.state().equals("COMPLETED")).count();
    int failed = (int) list.stream().filter(r -> r.state().equals("FAILED")).count();
    int open = (int) list.stream().filter(r -> !r.finished()).count();
    return new Batch(batchId, list.size(), completed, failed, open, joined, list);
  }

  public RunDetails details(String runId) {
    RunStore.Run run = run(runId);
    return new RunDetails(
        run, runs.steps(runId), runs.tasks(runId), runs.rotations(runId), runs.notices(runId));
  }

  public List<RunStore.Run> recent(String username, int limit) {
    return runs.recent(canonical(username), limit);
  }

  private RunStore.Run run(String runId) {
    return runs.run(runId).orElseThrow(() -> RuleViolation.notFound("no run " + runId));
  }

  public String snapshot(String runId) {
    run(runId);
    return runs.snapshot(runId)
        .orElseThrow(() -> RuleViolation.notFound("run " + runId + " has no sealed snapshot yet"));
  }

  /** Cancels a scheduled offboarding that has not started. */
  @Transactional
  public void cancel(String runId, String actor) {
    run(runId);
    if (!runs.cancel(runId)) {
      throw RuleViolation.refused("the run has started or finished: it cannot be cancelled");
    }
    audit.record(
        new AuditEvent(
            "revocation.run.cancelled",
            "run:" + runId,
            List.of("ida-3.1.1"),
            "success",
            "{\"by\":\"" + actor + "\"}"));
  }

  /** Records progress on a checklist task of a containment run (owner, note, done). */
  @Transactional
  public RunStore.Task updateTask(
      String runId, String control, String owner, String note, boolean done, String actor) {
    run(runId);
    Instant now = clock.instant();
    if (!runs.updateTask(runId, control, owner, note, done ? actor : null, done ? now : null)) {
      throw RuleViolation.notFound("run " + runId + " has no checklist task " + control);
    }
    RunStore.Task task =
        runs.tasks(runId).stream()
            .filter(t -> t.control().equals(control))
            .findFirst()
            .orElseThrow();
    audit.record(
        new AuditEvent(
            "revocation.task.updated",
            "run:" + runId,
            List.of(control),
            "success",
            task.toString()));
    return task;
  }
}
