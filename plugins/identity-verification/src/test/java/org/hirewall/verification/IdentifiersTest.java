package org.hirewall.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identifiers are stored as keyed hashes: the same value matches, nothing else can be tried. */
class IdentifiersTest {

  @TempDir Path keys;

  @Test
  void theSameIdentifierWrittenTwoWaysMatchesUnderOneKeyOnly() throws Exception {
    byte[] key = IdentifierKey.loadOrCreate(keys.resolve(IdentifierKey.KEY_FILE));
    assertThat(key).hasSize(32);
    assertThat(IdentifierKey.loadOrCreate(keys.resolve(IdentifierKey.KEY_FILE))).isEqualTo(key);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve(IdentifierKey.KEY_FILE))))
        .isEqualTo("rw-------");

    String a = Identifiers.hash(key, Identifiers.Kind.PHONE, "+1 (312) 555-0101");
    String b = Identifiers.hash(key, Identifiers.Kind.PHONE, "13125550101");
    assertThat(a).isEqualTo(b).hasSize(64);
    // not the unkeyed SHA-256 anyone could compute from a list of phone numbers
    assertThat(a).isNotEqualTo(Sha256.of("PHONE:13125550101"));
    byte[] other = new byte[32];
    assertThat(Identifiers.hash(other, Identifiers.Kind.PHONE, "13125550101")).isNotEqualTo(a);
  }
}
