package org.hirewall.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs audit checkpoints with the server's Ed25519 key. The key lives in files outside the
 * database (created on first use, owner-only permissions), so someone who can rewrite the database
 * cannot re-sign a rewritten chain.
 */
public final class CheckpointSigner {

  static final String PRIVATE_FILE = "audit-signing-ed25519.key";
  static final String PUBLIC_FILE = "audit-signing-ed25519.pub";

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String keyId;

  private CheckpointSigner(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.keyId =
        AuditChain.sha256Hex(Base64.getEncoder().encodeToString(publicKey.getEncoded()))
            .substring(0, 16);
  }

  /** Loads the key pair from {@code dir}, creating it there when it does not exist yet. */
  public static CheckpointSigner loadOrCreate(Path dir) {
    try {
      Path priv = dir.resolve(PRIVATE_FILE);
      Path pub = dir.resolve(PUBLIC_FILE);
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      if (Files.exists(priv)) {
        return new CheckpointSigner(
            factory.generatePrivate(new PKCS8EncodedKeySpec(read(priv))),
            factory.generatePublic(new X509EncodedKeySpec(read(pub))));
      }
      Files.createDirectories(dir);
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      write(priv, pair.getPrivate().getEncoded(), true);
      write(pub, pair.getPublic().getEncoded(), false);
      return new CheckpointSigner(pair.getPrivate(), pair.getPublic());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the audit signing key in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("audit signing key in " + dir + " is unusable", e);
    }
  }

  public String keyId() {
    return keyId;
  }

  /** Signs a checkpoint over (seq, hash); returns the Base64 signature. */
  public String sign(long seq, String recordHash) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(message(seq, recordHash));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing an audit checkpoint failed", e);
    }
  }

  /** True when {@code signature} is this key's signature over (seq, hash). */
  public boolean verify(long seq, String recordHash, String signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(publicKey);
      s.update(message(seq, recordHash));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] message(long seq, String recordHash) {
    return ("hirewall-audit-checkpoint:" + seq + ":" + recordHash).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] read(Path file) throws IOException {
    return Base64.getMimeDecoder().decode(Files.readString(file).trim());
  }

  private static void write(Path file, byte[] key, boolean secret) throws IOException {
    Files.writeString(file, Base64.getMimeEncoder().encodeToString(key) + "\n");
    if (secret) {
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: rely on the directory's ACL.
      }
    }
  }
}
