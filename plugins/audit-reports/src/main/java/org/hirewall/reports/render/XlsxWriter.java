package org.hirewall.reports.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal streaming XLSX (Office Open XML spreadsheet) writer: sheets are written row by row
 * straight into the zip, with inline strings, so memory stays flat however many rows there are.
 * Enough for tables of text with a bold header row; nothing else of the format is used. (Apache POI
 * would add ~16 MB of jars that the server indexes at every start.)
 */
final class XlsxWriter implements AutoCloseable {

  /** Excel's limit of rows per sheet. */
  static final int MAX_ROWS = 1_048_576;

  private final ZipOutputStream zip;
  private final Writer out;
  private final List<String> sheets = new ArrayList<>();
  private boolean inSheet;
  private int row;

  XlsxWriter(OutputStream target) {
    this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
    this.out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Starts a new sheet (the previous one is finished); {@code name} must be unique, ≤ 31 chars. */
  void sheet(String name) throws IOException {
    endSheet();
    sheets.add(name);
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml"));
    out.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>");
    inSheet = true;
    row = 0;
  }

  /** One row of text cells; {@code bold} for a header. Rows beyond Excel's limit are refused. */
  void row(List<String> cells, boolean bold) throws IOException {
    if (row >= MAX_ROWS) {
      throw new IOException(
          "more than " + MAX_ROWS + " rows in sheet " + sheets.get(sheets.size() - 1));
    }
    row++;
    out.write("<row r=\"" + row + "\">");
    for (int c = 0; c < cells.size(); c++) {
      out.write(
          "<c r=\"" + column(c) + row + "\" t=\"inlineStr\"" + (bold ? " s=\"1\"" : "") + ">");
      out.write("<is><t xml:space=\"preserve\">");
      escape(cells.get(c) == null ? "" : cells.get(c));
      out.write("</t></is></c>");
    }
    out.write("</row>");
  }

  private void endSheet() throws IOException {
    if (inSheet) {
      out.write("</sheetData></worksheet>");
      out.flush();
      zip.closeEntry();
      inSheet = false;
    }
  }

  @Override
  public void close() throws IOException {
    endSheet();
    entry(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheetList(
                i ->
                    "<Override PartName=\"/xl/worksheets/sheet"
                        + i
                        + ".xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
            + "</Types>");
    entry(
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < sheets.size(); i++) {
      names
          .append("<sheet name=\"")
          .append(xml(sheets.get(i)))
          .append("\" sheetId=\"")
          .append(i + 1)
          .append("\" r:id=\"rId")
          .append(i + 1)
          .append("\"/>");
    }
    entry(
        "xl/workbook.xml",
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets>"
            + names
            + "</sheets></workbook>");
    entry(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheetList(
                i ->
                    "<Relationship Id=\"rId"
                        + i
                        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/worksheet\" Target=\"worksheets/sheet"
                        + i
                        + ".xml\"/>")
            + "<Relationship Id=\"rId"
            + (sheets.size() + 1)
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "styles\" Target=\"styles.xml\"/></Relationships>");
    entry(
        "xl/styles.xml",
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
            + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            + " applyFont=\"1\"/></cellXfs></styleSheet>");
    out.flush();
    zip.finish();
    zip.flush();
  }

  private String sheetList(java.util.function.IntFunction<String> item) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= sheets.size(); i++) {
      b.append(item.apply(i));
    }
    return b.toString();
  }

  private void entry(String name, String body) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    out.write(body);
    out.flush();
    zip.closeEntry();
  }

  /** {@code 0 → A}, {@code 25 → Z}, {@code 26 → AA}. */
  static String column(int index) {
    StringBuilder b = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      b.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return b.toString();
  }

  private void escape(String s) throws IOException {
    out.write(xml(s));
  }

  /** XML text: markup escaped, characters XML 1.0 cannot carry dropped. */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }
}
