package org.hirewall.core.audit;

/**
 * What {@code verify} found. When the trail is intact {@code firstBrokenSeq} is null; otherwise it
 * is the first sequence number that cannot be trusted and {@code problem} says why.
 *
 * @param recordsChecked records read from the database
 * @param lastSeq the head sequence number
 * @param checkpointsChecked signed checkpoints whose signature and hash were checked
 * @param lastCheckpointSeq the newest signed checkpoint, 0 when none
 * @param unsignedRecords chained records after the newest checkpoint (protected by the chain only)
 * @param pendingRecords records written but not linked into the chain yet (sealed within seconds)
 * @param anchoredSeq the newest checkpoint in the anchor file outside the database, 0 when none
 */
public record ChainVerification(
    boolean intact,
    Long firstBrokenSeq,
    String problem,
    long recordsChecked,
    long lastSeq,
    long checkpointsChecked,
    long lastCheckpointSeq,
    long unsignedRecords,
    long pendingRecords,
    long anchoredSeq) {

  /** This verification as compared with the anchor file: where it breaks, why, how far anchored. */
  ChainVerification withAnchor(Long brokenSeq, String why, long anchored) {
    return new ChainVerification(
        brokenSeq == null,
        brokenSeq,
        why,
        recordsChecked,
        lastSeq,
        checkpointsChecked,
        lastCheckpointSeq,
        unsignedRecords,
        pendingRecords,
        anchored);
  }
}
