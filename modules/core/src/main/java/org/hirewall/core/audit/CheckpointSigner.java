package org.hirewall.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.hirewall.spi.PrivateFiles;

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

  /**
   * Loads the key pair from {@code dir}, creating it there when neither file exists yet. A public
   * key without its private key is refused, never silently replaced: a new key would make every
   * existing checkpoint unverifiable and hide that someone removed the old one.
   */
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
      if (Files.exists(pub)) {
        throw new IllegalStateException(
            "HIREWALL-0207 the audit signing key "
                + priv
                + " is missing but its public key is there: restore the key from its backup"
                + " (a new key would leave every signed checkpoint unverifiable)");
      }
      PrivateFiles.directory(dir);
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      PrivateFiles.write(priv, encode(pair.getPrivate().getEncoded()));
      Files.write(pub, encode(pair.getPublic().getEncoded()));
      return new CheckpointSigner(pair.getPrivate(), pair.getPublic());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the audit signing key in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("audit signing key in " + dir + " is unusable", e);
    }
  }

  /**
   * Only the public key, for verifying offline: an auditor's copy of the key directory needs no
   * private key. {@link #sign} then fails.
   */
  public static CheckpointSigner verifierOnly(Path dir) {
    try {
      PublicKey pub =
          KeyFactory.getInstance("Ed25519")
              .generatePublic(new X509EncodedKeySpec(read(dir.resolve(PUBLIC_FILE))));
      return new CheckpointSigner(null, pub);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit public key in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("audit public key in " + dir + " is unusable", e);
    }
  }

  public String keyId() {
    return keyId;
  }

  /** Signs a checkpoint over (seq, hash); returns the Base64 signature. */
  public String sign(long seq, String recordHash) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      if (privateKey == null) {
        throw new IllegalStateException("this copy of the audit key can verify, not sign");
      }
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

  private static byte[] encode(byte[] key) {
    return (Base64.getMimeEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
  }
}
