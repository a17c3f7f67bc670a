package org.hirewall.revocation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
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
  static final String NODE =
      System.getProperty("jboss.node.name", "node")
          + "/"
          + ManagementFactory.getRuntimeMXBean().getName();

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
    reads = Executors.newCachedThreadPool(threads);
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
      Map<String, String> states = new LinkedHashMap<>();
      runs.steps(runId).forEach(s -> states.put(s.actionId(), s.state()));
      for (RevocationActions.Action a : all) {
        String state = states.getOrDefault(a.id(), "PENDING");
        if (state.equals("DONE") || state.equals("VERIFIED")) {
          continue;
        }
        current = a.id();
        Instant started = clock.instant();
        if (!ledger.stepStarted(runId, a.id(), NODE, started, started.plusSeconds(claimSeconds))) {
          LOG.warning(() -> "HIREWALL-1205 run " + runId + " was taken over by another node");
          return;
        }
        a.bean().revoke(target, inventories.getOrDefault(a.id(), Map.of()));
        ledger.stepDone(runId, a.id(), a.controls(), clock.instant());
      }
      current = null;
      List<RevocationActions.Action> failing = unverified(all, target, inventories);
      for (RevocationActions.Action a : failing) {
        current = a.id(); // something came back (or a revoke did not hold): once more
        a.bean().revoke(target, inventories.getOrDefault(a.id(), Map.of()));
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
      ledger.completed(runId, zero, Duration.between(from, zero).toMillis());
      try {
        revoked.fire(
            new AccessRevoked(runId, run.username(), run.subjectId(), run.kind().name(), zero));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "HIREWALL-1208 an observer of revoked access failed", e);
      }
    } catch (RuntimeException e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
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
                r.getEvents(
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
