package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hirewall.spi.PrivateFiles;

/**
 * Encrypts evidence files (ID scans, call screenshots, CVs) with AES-256-GCM before they reach the
 * database. The key is a file outside the database ({@code hirewall.plugin.identity-verification.
 * key-dir}, env {@code HIREWALL_PLUGIN_IDENTITY_VERIFICATION_KEY_DIR}, default {@code data/keys}),
 * created on first use with owner-only permissions.
 */
@ApplicationScoped
public class EvidenceVault {

  static final String KEY_FILE = "evidence-aes256.key";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(
      name = "hirewall.plugin.identity-verification.key-dir",
      defaultValue = "data/keys")
  String keyDir;

  private volatile SecretKey key;

  /** The sealed file: the nonce (hex) and the ciphertext with its GCM tag. */
  public record Sealed(String nonce, byte[] ciphertext) {}

  public Sealed encrypt(byte[] plain, String associatedData) {
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(associatedData.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return new Sealed(HexFormat.of().formatHex(nonce), cipher.doFinal(plain));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HIREWALL-1003 evidence encryption failed", e);
    }
  }

  private SecretKey key() {
    SecretKey k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = loadOrCreate(Path.of(keyDir).resolve(KEY_FILE));
        }
        k = key;
      }
    }
    return k;
  }

  private static SecretKey loadOrCreate(Path file) {
    try {
      // AES-256: 32 random bytes, owner-only from the first byte
      return new SecretKeySpec(PrivateFiles.secret(file, 32), "AES");
    } catch (IOException e) {
      throw new UncheckedIOException("HIREWALL-1005 evidence key " + file + " unusable", e);
    }
  }
}
