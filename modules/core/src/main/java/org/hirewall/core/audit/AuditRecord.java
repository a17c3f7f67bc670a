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
    String recordHash) {}
