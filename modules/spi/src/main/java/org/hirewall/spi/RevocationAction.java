package org.hirewall.spi;

import java.util.Map;

/**
 * One ordered step that removes a subject's access: disable the account, end sessions, rotate a
 * secret. A run first asks every action for its {@link #inventory} (the evidence snapshot, sealed
 * before anything is removed), then calls {@link #revoke} in ascending {@link #order()}, then
 * {@link #verify} on every action. Every method is idempotent and safe to retry: a run interrupted
 * by a crash or an outage calls {@code revoke} again for the step it was in.
 */
public interface RevocationAction extends HirewallExtension {

  /** Position in the run; lower runs first. */
  int order();

  /**
   * What the subject holds that this action will remove, read before anything is removed. Values
   * are strings, numbers, booleans, lists and maps only (the snapshot is stored as JSON), and never
   * a secret: credentials by metadata, secrets by fingerprint.
   */
  Map<String, Object> inventory(RevocationTarget target);

  /**
   * Removes the access. {@code inventory} is what {@link #inventory} returned for this run (read
   * back from the sealed snapshot after a restart). Running it again after success does nothing
   * harmful.
   */
  void revoke(RevocationTarget target, Map<String, Object> inventory);

  /** True when the subject demonstrably holds none of the access this action removes. */
  boolean verify(RevocationTarget target, Map<String, Object> inventory);
}
