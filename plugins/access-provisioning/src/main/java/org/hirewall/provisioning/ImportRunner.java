package org.hirewall.provisioning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.hirewall.spi.Unavailable;

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

  @Inject BulkImport imports;
  @Inject ProvisioningService provisioning;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(
      name = "hirewall.plugin.access-provisioning.import-parallelism",
      defaultValue = "4")
  int parallelism;

  /** How long this node's claim on an import lasts unless renewed (a dead node's lapses). */
  @Inject
  @ConfigProperty(
      name = "hirewall.plugin.access-provisioning.takeover-seconds",
      defaultValue = "60")
  long takeoverSeconds;

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
    if (!imports.claim(importId, NODE, Instant.now().plusSeconds(takeoverSeconds))) {
      return; // another node works on it
    }
    String actor = imports.createdBy(importId);
    List<Future<Boolean>> pending = new ArrayList<>();
    for (BulkImport.Row r : imports.queued(importId)) {
      pending.add(rows.submit(() -> apply(importId, r, actor)));
    }
    boolean interrupted = false;
    for (Future<Boolean> f : pending) {
      while (true) {
        try {
          interrupted |= !f.get(Math.max(1, takeoverSeconds / 3), TimeUnit.SECONDS);
          break;
        } catch (TimeoutException slow) {
          if (!imports.claim(importId, NODE, Instant.now().plusSeconds(takeoverSeconds))) {
            return; // the claim was lost: another node took over
          }
        } catch (ExecutionException e) {
          interrupted = true; // the row's outcome could not be recorded: it stays QUEUED
          break;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      imports.claim(importId, NODE, Instant.now().plusSeconds(takeoverSeconds));
    }
    if (interrupted) {
      // Keycloak or the database failed for some rows: they stay QUEUED, and the import is resumed
      // at a later tick (here or on another node) instead of ending with rows failed for no fault
      // of theirs
      imports.release(importId, NODE);
      LOG.warning("HIREWALL-1108 import " + importId + " met an outage; resumed later");
      return;
    }
    imports.done(importId);
  }

  /**
   * Applies one row and records how it ended; false when Keycloak or the database could not be
   * reached, in which case the row stays QUEUED for the resumption (an outage is not the row's
   * fault).
   */
  private boolean apply(String importId, BulkImport.Row r, String actor) {
    boolean applied = true;
    String message = null;
    try {
      provisioning.apply(r.command(), actor);
    } catch (RuntimeException e) {
      if (Unavailable.in(e).isPresent()) {
        return false; // Keycloak or the database failed, not the row
      }
      applied = false;
      message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    imports.finished(importId, r.line(), applied, message);
    return true;
  }
}
