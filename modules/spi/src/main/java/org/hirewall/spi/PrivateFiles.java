package org.hirewall.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the server's own OS user may read: keys, anchors, produced reports. Each is created
 * with owner-only permissions from the first byte (never written first and restricted after), in a
 * directory that is owner-only too. On file systems without POSIX permissions (Windows) the
 * directory's ACL applies.
 */
public final class PrivateFiles {

  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private PrivateFiles() {}

  /** Creates {@code dir} (and parents) if needed and makes it owner-only. */
  public static Path directory(Path dir) throws IOException {
    if (posix(dir.toAbsolutePath().getRoot())) {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
      }
      Files.setPosixFilePermissions(dir, DIR);
    } else {
      Files.createDirectories(dir);
    }
    return dir;
  }

  /** Opens a new owner-only file for writing; fails if it exists. */
  public static OutputStream create(Path file) throws IOException {
    return open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  /** Writes a new owner-only file; fails with {@link FileAlreadyExistsException} if it exists. */
  public static void write(Path file, byte[] content) throws IOException {
    try (OutputStream out = create(file)) {
      out.write(content);
    }
  }

  /**
   * Appends {@code content} to an owner-only file (created if needed) and forces it to disk before
   * returning, through one channel.
   */
  public static void appendDurably(Path file, byte[] content) throws IOException {
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(
            file,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE),
            attributes(file))) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /**
   * A random secret of {@code bytes} bytes kept Base64 in an owner-only file: read when the file
   * exists, else made (in an owner-only directory) and written. For keys kept outside the database.
   */
  public static byte[] secret(Path file, int bytes) throws IOException {
    if (Files.exists(file)) {
      return java.util.Base64.getDecoder().decode(Files.readString(file).trim());
    }
    directory(file.getParent());
    byte[] k = new byte[bytes];
    new java.security.SecureRandom().nextBytes(k);
    write(
        file,
        (java.util.Base64.getEncoder().encodeToString(k) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return k;
  }

  /** Deletes every regular file in {@code dir}; returns how many. */
  public static int purge(Path dir) throws IOException {
    int n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (Files.isRegularFile(f) && Files.deleteIfExists(f)) {
          n++;
        }
      }
    }
    return n;
  }

  private static OutputStream open(Path file, Set<StandardOpenOption> options) throws IOException {
    return Channels.newOutputStream(Files.newByteChannel(file, options, attributes(file)));
  }

  private static FileAttribute<?>[] attributes(Path file) {
    return posix(file.toAbsolutePath().getRoot())
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
        : new FileAttribute<?>[0];
  }

  private static boolean posix(Path any) {
    return any != null && any.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
