package org.hirewall.core.audit;

import java.time.Instant;

/** One stored link of the audit chain, exactly as it sits in {@code audit_record}. */
public record AuditRecord(
    long seq,
    Instant occurredAt,
    String actor,
    String actorRole,
    String action,
    String subject,
    String controls,
    String outcome,
    String payloadDigest,
    String prevHash,
    String recordHash) {

  /** This record linked after {@code prev} and sealed with its own hash by the chain rule. */
  public AuditRecord chainedTo(String prev) {
    AuditRecord unsealed =
        new AuditRecord(
            seq,
            occurredAt,
            actor,
            actorRole,
            action,
            subject,
            controls,
            outcome,
            payloadDigest,
            prev,
            null);
    return new AuditRecord(
        seq,
        occurredAt,
        actor,
        actorRole,
        action,
        subject,
        controls,
        outcome,
        payloadDigest,
        prev,
        AuditChain.hashOf(unsealed));
  }
}
