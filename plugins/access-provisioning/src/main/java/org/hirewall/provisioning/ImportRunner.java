package org.hirewall.provisioning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works bulk imports: the rows of an import are applied {@code import-parallelism} (default 4) at a
 * time, each an idempotent {@link ProvisioningService#apply}, under a claim on the import that is
 * renewed while rows finish. When a node stops in the middle, its claim lapses and the schedule
 * ({@link #resumeOrphans}) resumes the rows still QUEUED, here or on another node; a row that was
 * halfway is applied again, which ends in the same state.
 */
@ApplicationScoped
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
  static final String NODE = org.hirewall.spi.ServerNode.NAME;
  static final Duration CLAIM = Duration.ofSeconds(60);

  @Inject BulkImport imports;
  @Inject ProvisioningService provisioning;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(
      name = "hirewall.plugin.access-provisioning.import-parallelism",
      defaultValue = "4")
  int parallelism;

  private final Set<String> working = ConcurrentHashMap.newKeySet();
  private ExecutorService rows;
  private ExecutorService importers;

  @PostConstruct
  void init() {
    rows = Executors.newFixedThreadPool(Math.max(1, parallelism), threads);
    importers = Executors.newFixedThreadPool(2, threads);
  }

  @PreDestroy
  void stop() {
    rows.shutdownNow();
    importers.shutdownNow();
  }

  /** Starts working on an import on this node unless it already does. */
  public void start(String importId) {
    if (working.add(importId)) {
      importers.execute(
          () -> {
            try {
              work(importId);
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "HIREWALL-1106 import " + importId + " stopped; resumed", e);
            } finally {
              working.remove(importId);
            }
          });
    }
  }

  /** Imports whose node stopped in the middle: resumed here. */
  public void resumeOrphans() {
    for (String id : imports.orphaned()) {
      LOG.info("HIREWALL-1108 resuming bulk import " + id);
      start(id);
    }
  }

  private void work(String importId) {
    if (!imports.claim(importId, NODE, Instant.now().plus(CLAIM))) {
      return; // another node works on it
    }
    String actor = imports.createdBy(importId);
    List<Future<?>> pending = new ArrayList<>();
    for (BulkImport.Row r : imports.queued(importId)) {
      pending.add(rows.submit(() -> apply(importId, r, actor)));
    }
    for (Future<?> f : pending) {
      while (true) {
        try {
          f.get(CLAIM.toSeconds() / 3, TimeUnit.SECONDS);
          break;
        } catch (TimeoutException slow) {
          if (!imports.claim(importId, NODE, Instant.now().plus(CLAIM))) {
            return; // the claim was lost: another node took over
          }
        } catch (ExecutionException e) {
          break; // apply() keeps its own outcome
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      imports.claim(importId, NODE, Instant.now().plus(CLAIM));
    }
    imports.done(importId);
  }

  private void apply(String importId, BulkImport.Row r, String actor) {
    boolean applied = true;
    String message = null;
    try {
      provisioning.apply(r.command(), actor);
    } catch (RuntimeException e) {
      applied = false;
      message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    imports.finished(importId, r.line(), applied, message);
  }
}
