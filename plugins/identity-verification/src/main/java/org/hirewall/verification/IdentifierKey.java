package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hirewall.spi.PrivateFiles;

/**
 * The key identifiers are hashed with (HMAC-SHA256), kept in a file outside the database next to
 * the evidence key ({@code identifier-hmac.key}, owner-only, created on first use). Without it a
 * copy of the database does not reveal which phone or e-mail a hash stands for: an unkeyed SHA-256
 * of a phone number is found by trying them all.
 */
@ApplicationScoped
public class IdentifierKey {

  static final String KEY_FILE = "identifier-hmac.key";

  @Inject
  @ConfigProperty(
      name = "hirewall.plugin.identity-verification.key-dir",
      defaultValue = "data/keys")
  String keyDir;

  private volatile byte[] key;

  public byte[] get() {
    byte[] k = key;
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

  static byte[] loadOrCreate(Path file) {
    try {
      return PrivateFiles.secret(file, 32);
    } catch (IOException e) {
      throw new UncheckedIOException("HIREWALL-1006 identifier key " + file + " unusable", e);
    }
  }
}
