package org.hirewall.spi;

import java.util.Map;

/**
 * One ordered step that removes a subject's access: disable the account, end sessions, rotate a
 * secret. A run first asks every action for its {@link #inventory} (the evidence snapshot, sealed
 * before anything is removed), then calls {@link #revoke} phase by phase in ascending {@link
 * #order()}, then {@link #verify} on every action. Every method is idempotent and safe to retry: a
 * run interrupted by a crash or an outage calls {@code revoke} again for the step it was in.
 */
public interface RevocationAction extends HirewallExtension {

  /**
   * Position in the run: lower runs first; actions with the same order form a phase and run at the
   * same time, so give an action its own order when it must wait for another.
   */
  int order();

  /**
   * What the subject holds that this action will remove, read before anything is removed. Values
   * are strings, numbers, booleans, lists and maps only (the snapshot is stored as JSON), and never
   * a secret: credentials by metadata, secrets by fingerprint.
   */
  Map<String, Object> inventory(RevocationTarget target);

  /**
   * Removes the access listed in {@code inventory}: what {@link #inventory} returned for this run
   * (read back from the sealed snapshot after a restart). When {@link #verify} then fails — the
   * subject got something new in between — the run takes a fresh inventory and calls this again
   * with it. Running it again after success does nothing harmful.
   */
  void revoke(RevocationTarget target, Map<String, Object> inventory);

  /**
   * True when the subject demonstrably holds none of the access this action removes, read live;
   * {@code inventory} is the sealed one (e.g. to compare a secret's fingerprint with the old one).
   */
  boolean verify(RevocationTarget target, Map<String, Object> inventory);
}
