package org.hirewall.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed checkpoint as auditors read it (JPA, read-only: checkpoints are written by {@link
 * AuditStore} inside the head lock and never changed).
 */
@Entity
@Table(name = "audit_checkpoint")
public class SignedCheckpoint {

  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "record_hash", insertable = false, updatable = false)
  private String recordHash;

  @Column(name = "signed_at", insertable = false, updatable = false)
  private Instant signedAt;

  @Column(name = "key_id", insertable = false, updatable = false)
  private String keyId;

  @Column(name = "signature", insertable = false, updatable = false)
  private String signature;

  protected SignedCheckpoint() {}

  public long getSeq() {
    return seq;
  }

  public String getRecordHash() {
    return recordHash;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getKeyId() {
    return keyId;
  }

  public String getSignature() {
    return signature;
  }
}
