package org.hirewall.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

  @TempDir Path tmp;

  @Test
  void filesAndTheirDirectoryAreOwnerOnlyFromTheFirstByte() throws Exception {
    Path dir = tmp.resolve("keys");
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    PrivateFiles.directory(dir);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");

    Path file = dir.resolve("secret");
    try (OutputStream out = PrivateFiles.create(file)) {
      // already restricted while still empty
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      out.write("x".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> PrivateFiles.write(file, new byte[1]))
        .isInstanceOf(FileAlreadyExistsException.class);

    Path log = dir.resolve("anchor");
    for (int i = 0; i < 2; i++) {
      PrivateFiles.appendDurably(log, "line\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(log)).isEqualTo("line\nline\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
        .isEqualTo("rw-------");

    byte[] secret = PrivateFiles.secret(dir.resolve("k"), 32);
    assertThat(secret).hasSize(32);
    assertThat(PrivateFiles.secret(dir.resolve("k"), 32)).as("read back").isEqualTo(secret);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("k"))))
        .isEqualTo("rw-------");

    assertThat(PrivateFiles.purge(dir)).isEqualTo(3);
    assertThat(Files.list(dir)).isEmpty();
  }
}
