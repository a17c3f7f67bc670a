package org.hirewall.spi;

/**
 * The audit trail as plugins see it. Appends join the caller's transaction, so a change and its
 * record commit or roll back together: call it inside the transaction that makes the change
 * (outside one, the record is committed on its own). Committed records are linked into the hash
 * chain within seconds.
 */
public interface AuditLog {

  /**
   * Appends an event on behalf of the authenticated caller (or the server itself outside a request)
   * and returns its entry id; the chain sequence number is assigned when the record is sealed.
   */
  long record(AuditEvent event);
}
