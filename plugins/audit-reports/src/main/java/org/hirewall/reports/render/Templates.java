package org.hirewall.reports.render;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignImage;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignSubreport;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.ScaleImageEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import org.hirewall.spi.ReportDocument;

/**
 * The JasperReports templates, built from the report layouts and compiled once per layout for the
 * life of the server (never per request). Every report shares one master template (title, controls,
 * one block per section with its chart and table, page numbers); each table layout is a subreport
 * of its own. A4 landscape, in the font set "Hirewall Sans" (DejaVu Sans, then Noto for Arabic,
 * Han, Kana and Hangul: fonts/hirewall-fonts.xml), embedded in the PDF.
 */
public final class Templates {

  static final int PAGE_WIDTH = 842;
  static final int PAGE_HEIGHT = 595;
  static final int MARGIN = 28;
  static final int WIDTH = PAGE_WIDTH - 2 * MARGIN;
  static final int CHART_HEIGHT = 240;
  static final int SMALL_CHART_HEIGHT = 90;
  static final String FONT = "Hirewall Sans";
  static final float CELL_FONT = 6.5f;
  static final int CELL_HEIGHT = 11;

  /** The layout of the facts every report starts with. */
  public static final ReportDocument.Layout FACTS =
      ReportDocument.Layout.of(
          "hirewall.facts",
          new ReportDocument.Column("Item", 1),
          new ReportDocument.Column("Value", 3));

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
  private final AtomicInteger compilations = new AtomicInteger();

  /** The master template. */
  public JasperReport master() {
    return compiled.computeIfAbsent("hirewall.master", k -> compile(masterDesign()));
  }

  /** The table template of one layout of one report. */
  public JasperReport table(String reportId, ReportDocument.Layout layout) {
    return compiled.computeIfAbsent(
        reportId + "/" + layout.key(), k -> compile(tableDesign(k, layout)));
  }

  /** How many templates were compiled so far (each layout once). */
  public int compilations() {
    return compilations.get();
  }

  private JasperReport compile(JasperDesign design) {
    try {
      JasperReport report = JasperCompileManager.compileReport(design);
      compilations.incrementAndGet();
      return report;
    } catch (JRException e) {
      throw new IllegalStateException(
          "HIREWALL-1301 report template " + design.getName() + " does not compile: " + e, e);
    }
  }

  private static JasperDesign page(String name) {
    JasperDesign d = new JasperDesign();
    d.setName(name.replaceAll("[^A-Za-z0-9_]", "_"));
    d.setOrientation(OrientationEnum.LANDSCAPE);
    d.setPageWidth(PAGE_WIDTH);
    d.setPageHeight(PAGE_HEIGHT);
    d.setColumnWidth(WIDTH);
    d.setLeftMargin(MARGIN);
    d.setRightMargin(MARGIN);
    d.setTopMargin(MARGIN);
    d.setBottomMargin(MARGIN);
    return d;
  }

  static JasperDesign masterDesign() {
    JasperDesign d = page("hirewall_master");
    try {
      for (String p : List.of("TITLE", "SUBJECT", "CONTROLS", "FOOTER")) {
        JRDesignParameter param = new JRDesignParameter();
        param.setName(p);
        param.setValueClass(String.class);
        d.addParameter(param);
      }
      d.addField(field("title", String.class));
      d.addField(field("chart", java.awt.Image.class));
      d.addField(field("smallChart", Boolean.class));
      d.addField(field("report", JasperReport.class));
      d.addField(field("rows", JRDataSource.class));
    } catch (JRException e) {
      throw new IllegalStateException(e);
    }

    JRDesignBand title = band(64);
    title.addElement(text("$P{TITLE}", 0, 0, WIDTH, 24, 17f, true));
    title.addElement(text("$P{SUBJECT}", 0, 26, WIDTH, 16, 10f, false));
    title.addElement(text("$P{CONTROLS}", 0, 44, WIDTH, 14, 8f, false));
    d.setTitle(title);

    JRDesignSection detail = (JRDesignSection) d.getDetailSection();
    JRDesignBand heading = band(24);
    heading.addElement(text("$F{title}", 0, 6, WIDTH, 16, 11f, true));
    detail.addBand(heading);

    // two chart bands: a short one for a few bars, a tall one for many
    for (boolean small : new boolean[] {true, false}) {
      int height = small ? SMALL_CHART_HEIGHT : CHART_HEIGHT;
      JRDesignBand chart = band(height + 4);
      chart.setPrintWhenExpression(
          expr("$F{chart} != null && " + (small ? "" : "!") + "$F{smallChart}"));
      JRDesignImage image = new JRDesignImage(d);
      image.setX(0);
      image.setY(2);
      image.setWidth(WIDTH);
      image.setHeight(height);
      image.setScaleImage(ScaleImageEnum.RETAIN_SHAPE);
      image.setHorizontalImageAlign(net.sf.jasperreports.engine.type.HorizontalImageAlignEnum.LEFT);
      image.setExpression(expr("$F{chart}"));
      chart.addElement(image);
      detail.addBand(chart);
    }

    JRDesignBand table = band(10);
    JRDesignSubreport sub = new JRDesignSubreport(d);
    sub.setX(0);
    sub.setY(0);
    sub.setWidth(WIDTH);
    sub.setHeight(10);
    sub.setExpression(expr("$F{report}"));
    sub.setDataSourceExpression(expr("$F{rows}"));
    table.addElement(sub);
    detail.addBand(table);

    JRDesignBand footer = band(16);
    JRDesignTextField left =
        text("$P{FOOTER} + \"  ·  page \" + $V{PAGE_NUMBER}", 0, 2, WIDTH - 80, 12, 7f, false);
    footer.addElement(left);
    JRDesignTextField total = text("\"of \" + $V{PAGE_NUMBER}", WIDTH - 80, 2, 80, 12, 7f, false);
    total.setEvaluationTime(EvaluationTimeEnum.REPORT);
    total.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
    footer.addElement(total);
    d.setPageFooter(footer);
    return d;
  }

  static JasperDesign tableDesign(String name, ReportDocument.Layout layout) {
    JasperDesign d = page(name);
    // a subreport: as wide as the master's column, no margins of its own
    d.setPageWidth(WIDTH);
    d.setLeftMargin(0);
    d.setRightMargin(0);
    d.setTopMargin(0);
    d.setBottomMargin(0);
    List<ReportDocument.Column> columns = layout.columns();
    int total = columns.stream().mapToInt(ReportDocument.Column::width).sum();
    int[] widths = new int[columns.size()];
    int used = 0;
    for (int i = 0; i < columns.size(); i++) {
      widths[i] = i == columns.size() - 1 ? WIDTH - used : WIDTH * columns.get(i).width() / total;
      used += widths[i];
    }
    JRDesignBand header = band(15);
    JRDesignBand row = band(CELL_HEIGHT);
    int x = 0;
    for (int i = 0; i < columns.size(); i++) {
      try {
        d.addField(field("c" + i, String.class));
      } catch (JRException e) {
        throw new IllegalStateException(e);
      }
      JRDesignStaticText h = new JRDesignStaticText(d);
      h.setX(x);
      h.setY(0);
      h.setWidth(widths[i]);
      h.setHeight(15);
      h.setText(columns.get(i).name());
      h.setFontName(FONT);
      h.setFontSize(7.5f);
      h.setBold(true);
      h.setMode(ModeEnum.OPAQUE);
      h.setBackcolor(new Color(0xE4, 0xE8, 0xEE));
      h.getLineBox().setLeftPadding(2);
      h.getLineBox().setTopPadding(2);
      header.addElement(h);

      JRDesignTextField cell =
          text("$F{c" + i + "}", x, 0, widths[i], CELL_HEIGHT - 1, CELL_FONT, false);
      cell.getLineBox().setLeftPadding(2);
      cell.getLineBox().setRightPadding(2);
      row.addElement(cell);
      x += widths[i];
    }
    // one rule under the whole row, floating below its tallest cell: a border per cell drew ten
    // times the lines in a large table
    JRDesignLine rule = new JRDesignLine(d);
    rule.setX(0);
    rule.setY(CELL_HEIGHT - 1);
    rule.setWidth(WIDTH);
    rule.setHeight(1);
    rule.setPositionType(PositionTypeEnum.FLOAT);
    rule.getLinePen().setLineWidth(0.25f);
    rule.setForecolor(new Color(0xCC, 0xCC, 0xCC));
    row.addElement(rule);
    d.setColumnHeader(header);
    ((JRDesignSection) d.getDetailSection()).addBand(row);
    JRDesignBand empty = band(14);
    empty.addElement(text("\"(none)\"", 0, 1, WIDTH, 12, 7f, false));
    d.setNoData(empty);
    d.setWhenNoDataType(net.sf.jasperreports.engine.type.WhenNoDataTypeEnum.NO_DATA_SECTION);
    return d;
  }

  private static JRDesignField field(String name, Class<?> type) {
    JRDesignField f = new JRDesignField();
    f.setName(name);
    f.setValueClass(type);
    return f;
  }

  private static JRDesignBand band(int height) {
    JRDesignBand b = new JRDesignBand();
    b.setHeight(height);
    return b;
  }

  private static JRDesignExpression expr(String text) {
    return new JRDesignExpression(text);
  }

  private static JRDesignTextField text(
      String expression, int x, int y, int width, int height, float size, boolean bold) {
    JRDesignTextField t = new JRDesignTextField();
    t.setX(x);
    t.setY(y);
    t.setWidth(width);
    t.setHeight(height);
    t.setFontName(FONT);
    t.setFontSize(size);
    t.setBold(bold);
    t.setBlankWhenNull(true);
    t.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
    t.setExpression(expr(expression));
    return t;
  }
}
