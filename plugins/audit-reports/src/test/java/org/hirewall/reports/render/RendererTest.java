package org.hirewall.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hirewall.spi.ReportDocument;
import org.hirewall.spi.ReportDocument.Column;
import org.hirewall.spi.ReportDocument.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer on its own: real JasperReports, real PDF text (pdftotext), real XLSX. */
class RendererTest {

  static final Layout ROWS =
      Layout.of("rows", new Column("Seq", 1), new Column("Action", 3), new Column("Hash", 6));

  @TempDir Path dir;

  static ReportDocument document(int n) {
    Iterable<List<String>> rows =
        ReportDocument.<Integer>paged(
            last -> {
              int from = last.map(i -> i + 1).orElse(1);
              return IntStream.range(from, Math.min(n + 1, from + 100)).boxed().toList();
            },
            i -> List.of(Integer.toString(i), "revocation.step=" + i, "h,\"" + i));
    return new ReportDocument(
        "Test report",
        "subject-42",
        List.of("RESP-07", "XFOR-01"),
        List.of(new ReportDocument.Fact("Time to zero access", "123 ms")),
        List.of(
            new ReportDocument.Section(
                "Rows",
                "rows",
                rows,
                n,
                new ReportDocument.Chart(
                    "Steps",
                    "ms",
                    List.of(
                        new ReportDocument.Bar("disable", 0, 12),
                        new ReportDocument.Bar("end-sessions", 12, 30))))),
        "rows");
  }

  @Test
  void pdfTextIsThereAndTemplatesCompileOnce() throws Exception {
    Templates templates = new Templates();
    Renderer renderer = new Renderer(templates, dir);
    AtomicLong progress = new AtomicLong();
    byte[] pdf = render(renderer, document(500), "pdf", progress);
    assertEquals(500, progress.get());
    Path file = dir.resolve("r.pdf");
    Files.write(file, pdf);
    if (System.getProperty("keep.pdf") != null)
      Files.write(Path.of(System.getProperty("keep.pdf")), pdf);
    String text = pdftotext(file);
    assertTrue(text.contains("Test report"), text);
    assertTrue(text.contains("subject-42"));
    assertTrue(text.contains("RESP-07"));
    assertTrue(text.contains("123 ms"));
    assertTrue(text.contains("revocation.step=500"));
    int compiled = templates.compilations();
    render(renderer, document(3), "pdf", new AtomicLong());
    assertEquals(compiled, templates.compilations(), "templates are compiled once, not per report");
  }

  /**
   * Names in the scripts people write them in survive in the PDF (issue 13): before the Noto fonts,
   * the Han and Hangul characters vanished without a trace. Compared after NFKC, since a PDF reader
   * gives Arabic back in its contextual (presentation) forms.
   */
  @Test
  void namesInEveryScriptAreInThePdfText() throws Exception {
    List<String> names =
        List.of(
            "Zoë Łukasz Ørsted-Nuñez", // Latin with diacritics
            "Дмитрий Иванов", // Cyrillic
            "Ελένη Παπαδοπούλου", // Greek
            "محمد عبد الله", // Arabic
            "王伟", // Han
            "김철수", // Hangul
            "やまだ タロウ"); // Hiragana, Katakana
    Iterable<List<String>> rows =
        ReportDocument.<Integer>paged(
            last ->
                last.isPresent() ? List.of() : IntStream.range(0, names.size()).boxed().toList(),
            i -> List.of(Integer.toString(i), names.get(i), "王伟 (Wang Wei) 김철수"));
    ReportDocument doc =
        new ReportDocument(
            "Vetting dossier of 王伟 (Wang Wei) 김철수",
            "subject-7",
            List.of("DATA-01"),
            List.of(new ReportDocument.Fact("Legal name", "王伟 (Wang Wei) 김철수")),
            List.of(new ReportDocument.Section("Names", "rows", rows, names.size(), null)),
            "rows");
    Path file = dir.resolve("names.pdf");
    Files.write(file, render(new Renderer(new Templates(), dir), doc, "pdf", new AtomicLong()));
    String text = java.text.Normalizer.normalize(pdftotext(file), java.text.Normalizer.Form.NFKC);
    assertTrue(text.contains("王伟 (Wang Wei) 김철수"), text);
    for (String name : names) {
      for (String word : name.split(" ")) {
        String expected = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
        assertTrue(
            text.contains(expected) || text.contains(new StringBuilder(expected).reverse()),
            () -> "'" + word + "' is missing from the PDF text:\n" + text);
      }
    }
  }

  @Test
  void csvQuotesAndNeutralisesFormulas() throws Exception {
    String csv =
        new String(
            render(new Renderer(new Templates(), dir), document(2), "csv", new AtomicLong()),
            StandardCharsets.UTF_8);
    assertEquals(
        "Seq,Action,Hash\r\n1,revocation.step=1,\"h,\"\"1\"\r\n2,revocation.step=2,\"h,\"\"2\"\r\n",
        csv);
    assertEquals("'=1+1", Renderer.csvCell("=1+1"));
    assertEquals("'-2+3+cmd|' /C calc'!A0", Renderer.csvCell("-2+3+cmd|' /C calc'!A0"));
    assertEquals("'-@SUM(A1)", Renderer.csvCell("-@SUM(A1)"));
    assertEquals("-12.5", Renderer.csvCell("-12.5"));
  }

  @Test
  void xlsxHasASheetPerSection() throws Exception {
    byte[] xlsx =
        render(new Renderer(new Templates(), dir), document(150), "xlsx", new AtomicLong());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals("Rows", book.getSheetAt(1).getSheetName());
      assertEquals(150, book.getSheetAt(1).getLastRowNum());
      assertEquals(
          "revocation.step=150", book.getSheetAt(1).getRow(150).getCell(1).getStringCellValue());
    }
  }

  private static byte[] render(Renderer r, ReportDocument doc, String format, AtomicLong progress) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(
        doc, format, new Renderer.Context("test", List.of(ROWS), "Hirewall test", progress), out);
    return out.toByteArray();
  }

  static String pdftotext(Path pdf) throws Exception {
    Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "pdftotext (poppler-utils) must be installed");
    return new String(out, StandardCharsets.UTF_8);
  }
}
