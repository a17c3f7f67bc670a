package org.hirewall.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reading the audit trail, for reports (ir-2.1.4, XFOR-01). The server implements it; every method
 * reads sealed records only (records are sealed within seconds of their commit) and runs outside
 * the caller's transaction.
 */
public interface AuditReader {

  /** One sealed record of the hash chain. */
  record Entry(
      long seq,
      Instant occurredAt,
      String actor,
      String actorRole,
      String action,
      String subject,
      List<String> controls,
      String outcome,
      String payloadDigest,
      String recordHash) {
    public Entry {
      controls = List.copyOf(controls);
    }
  }

  /** The result of checking the whole chain and every signed checkpoint. */
  record ChainCheck(
      boolean intact,
      Long firstBrokenSeq,
      String problem,
      long recordsChecked,
      long lastSeq,
      long checkpointsChecked,
      long lastCheckpointSeq,
      long pendingRecords) {}

  /** A signed checkpoint: the chain head at {@code seq}, signed by the key {@code keyId}. */
  record Checkpoint(
      long seq, String recordHash, Instant signedAt, String keyId, String signature) {}

  /**
   * Records in {@code [from, to)} with a sequence number in {@code (afterSeq, lastSeq]}, oldest
   * first: one page of a {@link Span}, read along the sequence index.
   */
  List<Entry> between(Instant from, Instant to, long afterSeq, long lastSeq, int limit);

  /**
   * How many sealed records lie in {@code [from, to)}, and their first and last sequence numbers.
   */
  Span span(Instant from, Instant to);

  /**
   * Sealed records of a time range: how many, from which to which sequence number (0 when none).
   */
  record Span(long records, long firstSeq, long lastSeq) {}

  /**
   * The newest records (at most {@code limit}) whose subject is one of {@code subjects}, oldest
   * first.
   */
  List<Entry> about(Collection<String> subjects, int limit);

  /** Seals what is pending, then verifies the chain and the signed checkpoints. */
  ChainCheck verify();

  /**
   * Signed checkpoints with {@code fromSeq <= seq <= toSeq}, oldest first, at most {@code limit}.
   */
  List<Checkpoint> checkpoints(long fromSeq, long toSeq, int limit);

  /** The number of sealed records that name each control. */
  Map<String, Long> recordsPerControl();
}
