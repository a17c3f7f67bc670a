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
