package org.hirewall.reports.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.hirewall.spi.ReportDocument;

/**
 * Draws a {@link ReportDocument.Chart} as horizontal bars with Java2D (headless), in DejaVu Sans
 * from the JasperReports font jar, so charts look the same on every machine. At most {@value
 * #MAX_BARS} bars: a chart summarises, the table below it has every row.
 */
final class Charts {

  static final int MAX_BARS = 16;
  private static final int SCALE = 2; // drawn at twice the size it is printed, for a sharp PDF
  private static final Color BAR = new Color(0x3B, 0x6E, 0xA5);
  private static final Font FONT = loadFont();

  private Charts() {}

  static BufferedImage draw(ReportDocument.Chart chart, int width, int height) {
    List<ReportDocument.Bar> bars = chart.bars().stream().limit(MAX_BARS).toList();
    BufferedImage img =
        new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(SCALE, SCALE);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.DARK_GRAY);
      g.setFont(FONT.deriveFont(Font.BOLD, 9f));
      g.drawString(chart.title(), 0, 11);
      double max =
          bars.stream().mapToDouble(b -> b.start() + b.length()).max().orElse(0) * 1.05 + 1e-9;
      int labelWidth = 200;
      int plotX = labelWidth + 6;
      int plotWidth = width - plotX - 60;
      int top = 20;
      int rowHeight = bars.isEmpty() ? 0 : Math.min(22, (height - top - 16) / bars.size());
      g.setFont(FONT.deriveFont(Font.PLAIN, 7.5f));
      for (int i = 0; i < bars.size(); i++) {
        ReportDocument.Bar b = bars.get(i);
        int y = top + i * rowHeight;
        g.setColor(Color.DARK_GRAY);
        g.drawString(clip(b.label(), 48), 0, y + rowHeight - 4);
        int x0 = plotX + (int) Math.round(plotWidth * b.start() / max);
        int w = Math.max(1, (int) Math.round(plotWidth * b.length() / max));
        g.setColor(BAR);
        g.fillRect(x0, y + 2, w, rowHeight - 4);
        g.setColor(Color.DARK_GRAY);
        g.drawString(number(b.length()) + " " + chart.unit(), x0 + w + 4, y + rowHeight - 4);
      }
      int axisY = top + bars.size() * rowHeight + 2;
      g.setStroke(new BasicStroke(0.5f));
      g.drawLine(plotX, top, plotX, axisY);
      g.drawLine(plotX, axisY, plotX + plotWidth, axisY);
      g.drawString("0", plotX - 2, axisY + 10);
      g.drawString(number(max / 1.05) + " " + chart.unit(), plotX + plotWidth - 40, axisY + 10);
    } finally {
      g.dispose();
    }
    return img;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String number(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-6 || Math.abs(v) >= 100
        ? Long.toString(Math.round(v))
        : String.format("%.1f", v);
  }

  private static Font loadFont() {
    try (InputStream in =
        Charts.class
            .getClassLoader()
            .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
      if (in == null) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 8);
      }
      Font f = Font.createFont(Font.TRUETYPE_FONT, in);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
      return f;
    } catch (IOException | FontFormatException e) {
      return new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    }
  }
}
