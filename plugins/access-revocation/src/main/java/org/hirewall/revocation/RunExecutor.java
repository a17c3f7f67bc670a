package org.hirewall.revocation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.spi.AccessRevoked;
import org.hirewall.spi.RevocationTarget;
import org.hirewall.spi.VettingStatus;
import org.keycloak.representations.idm.EventRepresentation;

/**
 * Works a revocation run to its end: claim it, take and seal the evidence snapshot (reads in
 * parallel), run every action's {@code revoke} in order with each step persisted before and after,
 * {@code verify} every action (in parallel), and record the time to zero access. Any failure —
 * Keycloak down, a node crash — leaves the run where it was: a later attempt (this node's schedule
 * or another node's, once the claim lapses) skips the steps already done. Runs execute on a pool of
 * {@code hirewall.plugin.access-revocation.parallelism} threads (default 8).
 */
@ApplicationScoped
public class RunExecutor {

  private static final Logger LOG = Logger.getLogger(RunExecutor.class.getName());

  /** This node's name in claims. */
  static final String NODE = org.hirewall.spi.ServerNode.NAME;

  @Inject RunStore runs;
  @Inject RunLedger ledger;
  @Inject RevocationActions actions;
  @Inject WorkforceGateway keycloak;
  @Inject Instance<VettingStatus> vetting;
  @Inject Event<AccessRevoked> revoked;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.access-revocation.parallelism", defaultValue = "8")
  int parallelism;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.access-revocation.claim-seconds", defaultValue = "60")
  long claimSeconds;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.access-revocation.max-attempts", defaultValue = "30")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "hirewall.plugin.access-revocation.retry-max-seconds", defaultValue = "30")
  long retryMaxSeconds;

  private final Clock clock = Clock.systemUTC();
  private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
  private ExecutorService pool;
  private ExecutorService reads;

  @PostConstruct
  void start() {
    pool =
        new ThreadPoolExecutor(
            parallelism, parallelism, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    // reads, verifications and the actions of a phase fan out here; bounded, so a large batch does
    // not open a request to Keycloak per subject and action at once
    reads = Executors.newFixedThreadPool(2 * parallelism, threads);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
    reads.shutdownNow();
  }

  /** How long a claim holds without renewal (each step renews it). */
  public Duration claimDuration() {
    return Duration.ofSeconds(claimSeconds);
  }

  /** Starts working on a run on this node unless it already does; completes when it stops. */
  public CompletableFuture<Void> submit(String runId) {
    return inFlight.computeIfAbsent(
        runId,
        id ->
            CompletableFuture.runAsync(() -> execute(id), pool)
                .whenComplete((v, e) -> inFlight.remove(id)));
  }

  /**
   * Calls every supplier at the same time (on the read pool) and returns their results in order.
   */
  public <T> List<T> parallel(List<java.util.function.Supplier<T>> calls) {
    List<Future<T>> futures = calls.stream().map(c -> reads.submit(c::get)).toList();
    return futures.stream().map(RunExecutor::join).toList();
  }

  /** Runs {@link #warmUp} on one of the run threads and returns at once. */
  public void warmUpInBackground(int rounds) {
    CompletableFuture.runAsync(
        () -> {
          try {
            warmUp(rounds);
          } catch (RuntimeException e) {
            LOG.log(Level.INFO, "HIREWALL-1213 revocation warm-up stopped: " + e.getMessage());
          }
        },
        pool);
  }

  /**
   * Warms the revocation path so that the first containment after a start is as fast as the next
   * ones: {@code rounds} times, every action's read-only {@code inventory} and {@code verify} (the
   * admin-client resources are built, the connections opened, the JIT compiles the path) for the
   * gateway's own service-account user, which exists in every managed realm, then its login events
   * and the evidence snapshot a run would seal, built in memory and dropped. Changes nothing.
   */
  public void warmUp(int rounds) {
    long t0 = System.nanoTime();
    WorkforceGateway.WorkforceUser account = keycloak.serviceAccount().orElse(null);
    if (account == null) {
      LOG.info("HIREWALL-1213 no gateway service account in the managed realm: not warmed up");
      return;
    }
    RevocationTarget target =
        new RevocationTarget("warm-up", account.username(), account.id(), null);
    List<RevocationActions.Action> all = actions.all();
    for (int i = 0; i < rounds; i++) {
      Map<String, Map<String, Object>> inventories = new java.util.concurrent.ConcurrentHashMap<>();
      List<java.util.function.Supplier<Boolean>> reads =
          all.stream()
              .<java.util.function.Supplier<Boolean>>map(
                  a ->
                      () -> {
                        try {
                          Map<String, Object> inventory = a.bean().inventory(target);
                          inventories.put(a.id(), inventory);
                          return a.bean().verify(target, inventory);
                        } catch (RuntimeException ignored) {
                          return false; // a warm-up read that failed warms nothing more
                        }
                      })
              .toList();
      parallel(reads);
      // the evidence a run seals (login events, JSON, SHA-256), built in memory and dropped
      List<Map<String, Object>> events;
      try {
        events = loginEvents(target);
      } catch (RuntimeException unreadable) {
        events = List.of();
      }
      EvidenceSnapshot.of(
          Map.of("id", "warm-up", "username", account.username()),
          inventories,
          events,
          Optional.empty(),
          null);
      runs.due(clock.instant(), 1);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    LOG.info("HIREWALL-1213 revocation path warmed up: " + rounds + " rounds in " + ms + " ms");
  }

  /** Runs this node may take now (due offboardings, runs to retry, runs of a dead node). */
  public int submitDue() {
    List<String> due = runs.due(clock.instant(), 100);
    due.forEach(this::submit);
    return due.size();
  }

  void execute(String runId) {
    Instant now = clock.instant();
    if (!runs.claim(runId, NODE, now, now.plusSeconds(claimSeconds))) {
      return; // not due, finished, or another node works on it
    }
    RunStore.Run run = runs.run(runId).orElseThrow();
    if (run.attempts() > 1) {
      ledger.resumed(runId, NODE);
    }
    String current = null;
    long began = System.nanoTime();
    long evidenceDone = began;
    long revokeDone = began;
    try {
      List<RevocationActions.Action> all = actions.all();
      Optional<String> sealed = runs.snapshot(runId);
      RevocationTarget target;
      Map<String, Map<String, Object>> inventories;
      if (sealed.isPresent()) {
        target = new RevocationTarget(runId, run.username(), run.userId(), run.subjectId());
        inventories = EvidenceSnapshot.inventories(sealed.get());
      } else {
        String userId =
            run.userId() != null
                ? run.userId()
                : keycloak
                    .findUser(run.username())
                    .map(WorkforceGateway.WorkforceUser::id)
                    .orElse(null);
        target = new RevocationTarget(runId, run.username(), userId, run.subjectId());
        EvidenceSnapshot s = snapshot(run, target, all);
        ledger.seal(runId, userId, s.json(), s.sha256(), s.completeness(), clock.instant());
        inventories = s.inventories();
      }
      evidenceDone = System.nanoTime();
      Map<String, String> states = new LinkedHashMap<>();
      runs.steps(runId).forEach(s -> states.put(s.actionId(), s.state()));
      for (List<RevocationActions.Action> phase : RevocationActions.phases(all)) {
        List<RevocationActions.Action> todo =
            phase.stream()
                .filter(
                    a ->
                        !List.of("DONE", "VERIFIED")
                            .contains(states.getOrDefault(a.id(), "PENDING")))
                .toList();
        if (todo.isEmpty()) {
          continue;
        }
        current = todo.get(0).id();
        Instant started = clock.instant();
        List<String> ids = todo.stream().map(RevocationActions.Action::id).toList();
        if (!ledger.stepsStarted(runId, ids, NODE, started, started.plusSeconds(claimSeconds))) {
          LOG.warning(() -> "HIREWALL-1205 run " + runId + " was taken over by another node");
          return;
        }
        revokeAll(runId, todo, target, inventories);
      }
      current = null;
      revokeDone = System.nanoTime();
      List<RevocationActions.Action> failing = unverified(all, target, inventories);
      for (RevocationActions.Action a : failing) {
        // something was added since the snapshot (or a revoke did not hold): look again, once more
        current = a.id();
        a.bean().revoke(target, a.bean().inventory(target));
      }
      current = null;
      if (!failing.isEmpty() && !unverified(failing, target, inventories).isEmpty()) {
        throw new IllegalStateException(
            "verification failed for "
                + failing.stream().map(RevocationActions.Action::id).toList());
      }
      Instant zero = clock.instant();
      ledger.verified(runId, all.stream().map(RevocationActions.Action::id).toList(), zero);
      Instant from =
          run.kind() == RunStore.Kind.CONTAINMENT || run.scheduledFor().isBefore(run.requestedAt())
              ? run.requestedAt()
              : run.scheduledFor();
      long zeroMs = Duration.between(from, zero).toMillis();
      ledger.completed(runId, zero, zeroMs);
      long ev = (evidenceDone - began) / 1_000_000;
      long v = (revokeDone - evidenceDone) / 1_000_000;
      long c = (System.nanoTime() - revokeDone) / 1_000_000;
      LOG.info(
          () ->
              "HIREWALL-1210 revocation run "
                  + runId
                  + " completed: zero access "
                  + zeroMs
                  + " ms after the request (this attempt: evidence "
                  + ev
                  + " ms, revocation "
                  + v
                  + " ms, verification "
                  + c
                  + " ms)");
      try {
        revoked.fire(
            new AccessRevoked(
                runId, run.username(), target.userId(), run.subjectId(), run.kind().name(), zero));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "HIREWALL-1208 an observer of revoked access failed", e);
      }
    } catch (RuntimeException e) {
      if (e instanceof StepFailed sf) {
        current = sf.actionId;
      }
      String error =
          e instanceof StepFailed
              ? e.getMessage()
              : e.getClass().getSimpleName() + ": " + e.getMessage();
      if (run.attempts() >= maxAttempts) {
        ledger.failed(runId, error);
        LOG.log(Level.SEVERE, "HIREWALL-1209 revocation run " + runId + " failed for good", e);
      } else {
        Instant next = clock.instant().plus(backoff(run.attempts()));
        ledger.waiting(runId, NODE, current, error, next);
        String step = current;
        LOG.warning(
            () ->
                "HIREWALL-1203 revocation run "
                    + runId
                    + " attempt "
                    + run.attempts()
                    + " stopped"
                    + (step == null ? "" : " at " + step)
                    + " ("
                    + error
                    + "); retried at "
                    + next);
      }
    }
  }

  /** 1 s after the first failed attempt, doubling up to {@code retry-max-seconds}. */
  Duration backoff(int attempts) {
    return Duration.ofMillis(Math.min(retryMaxSeconds * 1000, 1000L << Math.min(attempts - 1, 10)));
  }

  private EvidenceSnapshot snapshot(
      RunStore.Run run, RevocationTarget target, List<RevocationActions.Action> all) {
    Map<String, Future<Map<String, Object>>> pending = new LinkedHashMap<>();
    for (RevocationActions.Action a : all) {
      pending.put(a.id(), reads.submit(() -> a.bean().inventory(target)));
    }
    Future<List<Map<String, Object>>> events = reads.submit(() -> loginEvents(target));
    Optional<VettingStatus.EvidenceRecord> data =
        run.subjectId() != null && vetting.isResolvable()
            ? vetting.get().evidenceRecord(run.subjectId())
            : Optional.empty();
    Map<String, Map<String, Object>> inventories = new LinkedHashMap<>();
    pending.forEach((id, f) -> inventories.put(id, join(f)));
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("id", run.id());
    about.put("kind", run.kind().name());
    about.put("username", run.username());
    about.put("keycloakUserId", target.userId() == null ? "" : target.userId());
    about.put("subjectId", run.subjectId() == null ? "" : run.subjectId());
    about.put("reason", run.reason());
    about.put("requestedBy", run.requestedBy());
    about.put("requestedAt", run.requestedAt().toString());
    about.put("takenAt", clock.instant().toString());
    Object email =
        inventories.getOrDefault("access-revocation/disable-user", Map.of()).get("email");
    return EvidenceSnapshot.of(
        about, inventories, join(events), data, email == null ? null : email.toString());
  }

  /**
   * Runs the actions of one phase (same order), at the same time when there are several, each step
   * recorded DONE as soon as it is; the first failure is rethrown, naming its action.
   */
  private void revokeAll(
      String runId,
      List<RevocationActions.Action> phase,
      RevocationTarget target,
      Map<String, Map<String, Object>> inventories) {
    Map<RevocationActions.Action, Future<?>> running = new LinkedHashMap<>();
    for (RevocationActions.Action a : phase) {
      Runnable step =
          () -> {
            try {
              a.bean().revoke(target, inventories.getOrDefault(a.id(), Map.of()));
            } catch (RuntimeException e) {
              throw new StepFailed(a.id(), e);
            }
            ledger.stepDone(runId, a.id(), a.controls(), clock.instant());
          };
      if (phase.size() == 1) {
        step.run();
        return;
      }
      running.put(a, reads.submit(step));
    }
    RuntimeException first = null;
    for (Future<?> f : running.values()) {
      try {
        join(f);
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** A step that failed, with the action it belongs to. */
  static final class StepFailed extends RuntimeException {
    final String actionId;

    StepFailed(String actionId, RuntimeException cause) {
      super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
      this.actionId = actionId;
    }
  }

  /** The actions whose verify fails, checked in parallel. */
  private List<RevocationActions.Action> unverified(
      List<RevocationActions.Action> list,
      RevocationTarget target,
      Map<String, Map<String, Object>> inventories) {
    Map<RevocationActions.Action, Future<Boolean>> checks = new LinkedHashMap<>();
    for (RevocationActions.Action a : list) {
      checks.put(
          a,
          reads.submit(() -> a.bean().verify(target, inventories.getOrDefault(a.id(), Map.of()))));
    }
    List<RevocationActions.Action> failing = new ArrayList<>();
    checks.forEach(
        (a, f) -> {
          if (!join(f)) {
            failing.add(a);
          }
        });
    return failing;
  }

  /** Recent logins and failures with IP addresses (DATA-12, RESP-10), newest first. */
  private List<Map<String, Object>> loginEvents(RevocationTarget target) {
    if (target.userId() == null) {
      return List.of();
    }
    List<EventRepresentation> events =
        keycloak.admin(
            "read login events",
            r ->
                r.realm()
                    .getEvents(
                        List.of("LOGIN", "LOGIN_ERROR", "CODE_TO_TOKEN", "REFRESH_TOKEN"),
                        null,
                        target.userId(),
                        null,
                        null,
                        null,
                        0,
                        200));
    return events.stream()
        .map(
            e -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("time", e.getTime());
              m.put("type", e.getType());
              m.put("clientId", e.getClientId() == null ? "" : e.getClientId());
              m.put("ipAddress", e.getIpAddress() == null ? "" : e.getIpAddress());
              m.put("sessionId", e.getSessionId() == null ? "" : e.getSessionId());
              m.put("error", e.getError() == null ? "" : e.getError());
              return m;
            })
        .toList();
  }

  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
