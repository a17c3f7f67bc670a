package org.hirewall.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.hirewall.spi.PrivateFiles;

/**
 * The audit head anchored outside the database: every checkpoint this server signs is also
 * appended, one line each ({@code seq recordHash signature}), to {@code audit-anchor.log} next to
 * the signing key. Someone who can write to the database can delete the trailing checkpoints and
 * truncate or recompute the tail; they cannot take the lines out of this file, so verification
 * compares the two and names what the database lacks. Keep the file with the key, out of database
 * backups; copy it off the host as often as you like (it holds no secret).
 */
public final class AuditAnchor {

  static final String FILE = "audit-anchor.log";
  private static final Logger LOG = Logger.getLogger(AuditAnchor.class.getName());

  private final Path file;

  public AuditAnchor(Path keyDir) {
    this.file = keyDir.resolve(FILE);
  }

  public Path file() {
    return file;
  }

  /** Appends a signed checkpoint and forces it to disk before returning. */
  public synchronized void append(long seq, String recordHash, String signature) {
    String line = seq + " " + recordHash + " " + signature + "\n";
    try {
      PrivateFiles.directory(file.getParent());
      PrivateFiles.appendDurably(file, line.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("HIREWALL-0208 cannot append to the audit anchor " + file, e);
    }
  }

  /** Every anchored checkpoint, oldest first; empty when the file does not exist yet. */
  public List<ChainVerifier.Checkpoint> entries() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<ChainVerifier.Checkpoint> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        n++;
        String[] f = line.strip().split(" ");
        if (f.length != 3) {
          if (!line.isBlank()) {
            // a torn last line (power loss while appending) is skipped, and said
            LOG.warning("HIREWALL-0208 audit anchor line " + n + " is malformed; skipped");
          }
          continue;
        }
        out.add(new ChainVerifier.Checkpoint(Long.parseLong(f[0]), f[1], f[2]));
      }
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException(
          "HIREWALL-0208 the audit anchor " + file + " is unreadable", e);
    }
    return out;
  }
}
