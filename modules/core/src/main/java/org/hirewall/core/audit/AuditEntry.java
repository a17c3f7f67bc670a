package org.hirewall.core.audit;

import java.util.Objects;

/** What an appender supplies; the store adds sequence, time and the chain hashes. */
public record AuditEntry(
    String actor,
    String actorRole,
    String action,
    String subject,
    String controls,
    String outcome,
    String payloadDigest) {

  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorRole, "actorRole");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(controls, "controls");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(payloadDigest, "payloadDigest");
    if (!payloadDigest.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("payloadDigest must be a SHA-256 in lowercase hex");
    }
  }
}
