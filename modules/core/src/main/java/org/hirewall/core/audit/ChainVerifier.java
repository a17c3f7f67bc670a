package org.hirewall.core.audit;

import java.util.Iterator;
import java.util.List;

/**
 * Walks the trail oldest first and stops at the first record that cannot be trusted: a gap in the
 * sequence (deleted record), a record that does not link to its predecessor (inserted or
 * reordered), a record whose content no longer matches its hash (edited), a record that differs
 * from a signed checkpoint (chain recomputed after tampering), or a trail that ends before its head
 * (truncated).
 */
final class ChainVerifier {

  record Checkpoint(long seq, String recordHash, String signature) {}

  private final CheckpointSigner signer;
  private final List<Checkpoint> checkpoints;
  private final Iterator<Checkpoint> pending;
  private Checkpoint nextCheckpoint;
  private long expectedSeq = 1;
  private String prevHash = AuditChain.GENESIS;
  private long checked;
  private long checkpointsChecked;
  private Long brokenSeq;
  private String problem;

  ChainVerifier(CheckpointSigner signer, List<Checkpoint> checkpoints) {
    this.signer = signer;
    this.checkpoints = checkpoints;
    this.pending = checkpoints.iterator();
    this.nextCheckpoint = pending.hasNext() ? pending.next() : null;
  }

  /** Checks one record; false once the chain is broken (later records prove nothing). */
  boolean accept(AuditRecord r) {
    checked++;
    if (r.seq() != expectedSeq) {
      return broken(
          expectedSeq,
          r.seq() > expectedSeq
              ? "record " + expectedSeq + " is missing (next stored record is " + r.seq() + ")"
              : "record " + r.seq() + " is out of sequence");
    }
    if (!r.prevHash().equals(prevHash)) {
      return broken(r.seq(), "record does not link to the previous record (inserted or reordered)");
    }
    if (!AuditChain.hashOf(r).equals(r.recordHash())) {
      return broken(r.seq(), "record content does not match its hash (edited)");
    }
    while (nextCheckpoint != null && nextCheckpoint.seq() == r.seq()) {
      if (!signer.verify(
          nextCheckpoint.seq(), nextCheckpoint.recordHash(), nextCheckpoint.signature())) {
        return broken(r.seq(), "checkpoint signature is invalid");
      }
      if (!nextCheckpoint.recordHash().equals(r.recordHash())) {
        return broken(r.seq(), "record differs from the signed checkpoint (chain rewritten)");
      }
      checkpointsChecked++;
      nextCheckpoint = pending.hasNext() ? pending.next() : null;
    }
    prevHash = r.recordHash();
    expectedSeq++;
    return true;
  }

  ChainVerification finish(long headSeq, String headHash, long pending) {
    long last = expectedSeq - 1;
    if (brokenSeq == null) {
      if (nextCheckpoint != null) {
        broken(last + 1, "signed checkpoint " + nextCheckpoint.seq() + " names a missing record");
      } else if (headSeq > last) {
        broken(last + 1, "trail ends at " + last + " but its head is " + headSeq + " (truncated)");
      } else if (headSeq < last) {
        broken(headSeq + 1, "records after the head " + headSeq + " were added outside Hirewall");
      } else if (!headHash.equals(prevHash)) {
        broken(last, "the newest record does not match the head (replaced)");
      }
    }
    long lastCheckpoint = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).seq();
    return new ChainVerification(
        brokenSeq == null,
        brokenSeq,
        problem,
        checked,
        headSeq,
        checkpointsChecked,
        lastCheckpoint,
        Math.max(0, headSeq - lastCheckpoint),
        pending,
        0);
  }

  /** The head row itself is gone (deleted outside Hirewall): nothing says where the trail ends. */
  ChainVerification finishWithoutHead(long pending) {
    long last = expectedSeq - 1;
    if (brokenSeq == null) {
      broken(last + 1, "the chain head is missing (deleted outside Hirewall)");
    }
    return finish(last, prevHash, pending);
  }

  private boolean broken(long seq, String why) {
    brokenSeq = seq;
    problem = why;
    return false;
  }
}
