package org.hirewall.revocation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests: a whole snapshot's, and the 16-hex-digit fingerprint that stands for a secret.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Identifies a secret without revealing it: the first 64 bits of its SHA-256. */
  public static String ofSecret(String secret) {
    return secret == null ? "none" : sha256(secret).substring(0, 16);
  }
}
