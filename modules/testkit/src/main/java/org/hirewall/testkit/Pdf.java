package org.hirewall.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A PDF's text as a reader gets it, through {@code pdftotext} (poppler-utils). */
public final class Pdf {

  private Pdf() {}

  /** The text of {@code pdf} in reading order ({@code pdftotext -raw}). */
  public static String text(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("hirewall-report", ".pdf");
    try {
      Files.write(file, pdf);
      Process p =
          new ProcessBuilder("pdftotext", "-raw", file.toString(), "-")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] text = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException("pdftotext (poppler-utils) could not read the PDF");
      }
      return new String(text, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
