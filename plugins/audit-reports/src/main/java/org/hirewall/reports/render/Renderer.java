package org.hirewall.reports.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.hirewall.spi.ReportDocument;

/**
 * Writes a {@link ReportDocument} as PDF (JasperReports, filled through a swap-file virtualizer so
 * only a few pages are in memory), CSV (the data section, row by row, RFC 4180) or XLSX (one sheet
 * per section, streamed row by row by {@link XlsxWriter}). Each section's rows are read once.
 */
public final class Renderer {

  /** Pages kept in memory while a PDF is filled; the rest wait in the swap file. */
  static final int PAGES_IN_MEMORY = 20;

  private final Templates templates;
  private final Path swapDir;

  public Renderer(Templates templates, Path swapDir) {
    this.templates = templates;
    this.swapDir = swapDir;
  }

  /** What the document is and where it came from, printed with it. */
  public record Context(
      String reportId, List<ReportDocument.Layout> layouts, String footer, AtomicLong progress) {}

  public void write(ReportDocument doc, String format, Context ctx, OutputStream out) {
    switch (format) {
      case "pdf" -> pdf(doc, ctx, out);
      case "csv" -> csv(doc, ctx, out);
      case "xlsx" -> xlsx(doc, ctx, out);
      default -> throw new IllegalArgumentException("unknown format " + format);
    }
  }

  // ---- PDF

  private void pdf(ReportDocument doc, Context ctx, OutputStream out) {
    JRSwapFileVirtualizer virtualizer =
        new JRSwapFileVirtualizer(
            PAGES_IN_MEMORY, new JRSwapFile(swapDir.toString(), 8192, 64), true);
    try {
      Map<String, Object> params = new HashMap<>(); // JasperReports needs a mutable map
      params.put("TITLE", doc.title());
      params.put("SUBJECT", doc.subject());
      params.put(
          "CONTROLS",
          doc.controls().isEmpty()
              ? ""
              : "Guidance controls: " + String.join(", ", doc.controls()));
      params.put("FOOTER", ctx.footer());
      params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
      JasperPrint print =
          JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
              .fill(templates.master(), params, new Sections(doc, ctx));
      virtualizer.setReadOnly(true);
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
      config.setMetadataTitle(doc.title());
      config.setMetadataSubject(doc.subject());
      config.setMetadataCreator("Hirewall");
      exporter.setConfiguration(config);
      exporter.exportReport();
    } catch (JRException e) {
      throw new IllegalStateException("HIREWALL-1302 PDF rendering failed: " + e.getMessage(), e);
    } finally {
      virtualizer.cleanup();
    }
  }

  private static int chartHeight(ReportDocument.Section s) {
    return s.chart() != null && s.chart().bars().size() <= 4
        ? Templates.SMALL_CHART_HEIGHT
        : Templates.CHART_HEIGHT;
  }

  /** The master template's rows: one per section (the facts first), each with its table. */
  private final class Sections implements JRDataSource {
    private final List<Object[]> blocks = new ArrayList<>();
    private int i = -1;

    Sections(ReportDocument doc, Context ctx) {
      if (!doc.facts().isEmpty()) {
        List<List<String>> facts =
            doc.facts().stream().map(f -> List.of(f.label(), nz(f.value()))).toList();
        blocks.add(
            new Object[] {
              "Summary",
              null,
              false,
              templates.table("hirewall", Templates.FACTS),
              new Rows(facts, new AtomicLong())
            });
      }
      for (ReportDocument.Section s : doc.sections()) {
        JasperReport table = templates.table(ctx.reportId(), layout(ctx, s.layout()));
        blocks.add(
            new Object[] {
              s.title(),
              s.chart() == null ? null : Charts.draw(s.chart(), Templates.WIDTH, chartHeight(s)),
              chartHeight(s) == Templates.SMALL_CHART_HEIGHT,
              table,
              null
            });
      }
      this.sectionsOf = doc.sections();
      this.progress = ctx.progress();
    }

    private final List<ReportDocument.Section> sectionsOf;
    private final AtomicLong progress;

    @Override
    public boolean next() {
      return ++i < blocks.size();
    }

    @Override
    public Object getFieldValue(JRField field) {
      Object[] b = blocks.get(i);
      return switch (field.getName()) {
        case "title" -> b[0];
        case "chart" -> b[1];
        case "smallChart" -> b[2];
        case "report" -> b[3];
        case "rows" -> {
          if (b[4] == null) {
            // opened only when the section is filled: a paged section starts reading here
            int s = i - (blocks.size() - sectionsOf.size());
            b[4] = new Rows(sectionsOf.get(s).rows(), progress);
          }
          yield b[4];
        }
        default -> null;
      };
    }
  }

  // ---- CSV

  private static void csv(ReportDocument doc, Context ctx, OutputStream out) {
    ReportDocument.Section data =
        doc.sections().stream()
            .filter(s -> s.layout().equals(doc.dataSection()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no data section " + doc.dataSection()));
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      csvLine(
          w,
          layout(ctx, data.layout()).columns().stream().map(ReportDocument.Column::name).toList());
      for (List<String> row : data.rows()) {
        csvLine(w, row);
        ctx.progress().incrementAndGet();
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csvLine(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(csvCell(cells.get(i)));
    }
    w.write("\r\n");
  }

  /**
   * RFC 4180 quoting; a cell a spreadsheet would run as a formula ({@code = + - @}, tab, carriage
   * return) gets a leading apostrophe, except a plain negative number such as {@code -12.5}.
   */
  private static final java.util.regex.Pattern NEGATIVE_NUMBER =
      java.util.regex.Pattern.compile("-[0-9]+(\\.[0-9]+)?");

  static String csvCell(String value) {
    String v = nz(value);
    if (!v.isEmpty()
        && "=+-@\t\r".indexOf(v.charAt(0)) >= 0
        && !NEGATIVE_NUMBER.matcher(v).matches()) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  // ---- XLSX

  private static void xlsx(ReportDocument doc, Context ctx, OutputStream out) {
    try {
      XlsxWriter book = new XlsxWriter(out);
      Set<String> names = new HashSet<>();
      book.sheet(sheetName("Summary", names));
      book.row(List.of(doc.title(), nz(doc.subject())), true);
      book.row(List.of(String.join(", ", doc.controls())), false);
      for (ReportDocument.Fact f : doc.facts()) {
        book.row(List.of(f.label(), nz(f.value())), false);
      }
      for (ReportDocument.Section s : doc.sections()) {
        book.sheet(sheetName(s.title(), names));
        book.row(
            layout(ctx, s.layout()).columns().stream().map(ReportDocument.Column::name).toList(),
            true);
        for (List<String> cells : s.rows()) {
          book.row(cells, false);
          ctx.progress().incrementAndGet();
        }
      }
      book.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sheetName(String title, Set<String> taken) {
    String base = title.replaceAll("[\\\\/*?:\\[\\]]", " ");
    base = base.length() > 28 ? base.substring(0, 28) : base;
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + " " + i;
    }
    return name;
  }

  private static ReportDocument.Layout layout(Context ctx, String key) {
    return ctx.layouts().stream()
        .filter(l -> l.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("report has no layout " + key));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
