package org.hirewall.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash-chain rule, kept pure so the server, the CLI and the benchmark compute it the same way:
 * a record's hash is SHA-256 over its own fields (length-prefixed, so no two field splits collide)
 * and the previous record's hash.
 */
public final class AuditChain {

  /** The "previous hash" of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** Computes the hash a record must carry, from every field except the hash itself. */
  public static String hashOf(AuditRecord r) {
    StringBuilder canonical = new StringBuilder(256);
    append(canonical, Long.toString(r.seq()));
    append(canonical, Long.toString(r.occurredAt().toEpochMilli()));
    append(canonical, r.actor());
    append(canonical, r.actorRole());
    append(canonical, r.action());
    append(canonical, r.subject());
    append(canonical, r.controls());
    append(canonical, r.outcome());
    append(canonical, r.payloadDigest());
    append(canonical, r.prevHash());
    return sha256Hex(canonical.toString());
  }

  /** SHA-256 of UTF-8 text, as 64 lowercase hex digits. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void append(StringBuilder out, String field) {
    out.append(field.length()).append(':').append(field).append(';');
  }
}
