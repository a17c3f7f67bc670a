package org.hirewall.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointSignerTest {

  @TempDir Path tmp;

  @Test
  void theKeyIsOwnerOnlyAndAMissingPrivateKeyIsNeverRegenerated() throws Exception {
    Path keys = tmp.resolve("keys");
    CheckpointSigner signer = CheckpointSigner.loadOrCreate(keys);
    Path priv = keys.resolve(CheckpointSigner.PRIVATE_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
        .isEqualTo("rwx------");
    String signature = signer.sign(7, "ab".repeat(32));

    Files.delete(priv);
    assertThatThrownBy(() -> CheckpointSigner.loadOrCreate(keys))
        .hasMessageContaining("HIREWALL-0207")
        .hasMessageContaining("restore");
    assertThat(Files.exists(priv)).as("not regenerated").isFalse();

    // the offline verifier needs the public key only
    CheckpointSigner verifier = CheckpointSigner.verifierOnly(keys);
    assertThat(verifier.keyId()).isEqualTo(signer.keyId());
    assertThat(verifier.verify(7, "ab".repeat(32), signature)).isTrue();
    assertThat(verifier.verify(8, "ab".repeat(32), signature)).isFalse();
    assertThatThrownBy(() -> verifier.sign(9, "cd".repeat(32)))
        .hasMessageContaining("can verify, not sign");
  }
}
