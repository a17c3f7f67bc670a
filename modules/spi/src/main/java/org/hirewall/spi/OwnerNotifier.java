package org.hirewall.spi;

import java.time.Instant;

/**
 * Tells the owner of a system that a revocation changed it: a client secret was rotated, so the
 * owner must deploy the new one. Never tells the subject (a containment is covert, RESP-02). Every
 * notifier the server finds is called; one that fails does not stop the run, and the failure is
 * recorded.
 */
public interface OwnerNotifier extends HirewallExtension {

  /**
   * @param runId the revocation run
   * @param system what changed, e.g. {@code keycloak-client:ci-pipeline}
   * @param owner who owns it, from the revocation policy
   * @param fingerprint the new secret's fingerprint (never the secret)
   * @param at when it changed
   */
  record Notice(String runId, String system, String owner, String fingerprint, Instant at) {}

  void notify(Notice notice);
}
