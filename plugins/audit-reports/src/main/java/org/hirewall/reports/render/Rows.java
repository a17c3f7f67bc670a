package org.hirewall.reports.render;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * One section's rows as a JasperReports data source: read one at a time from the section's iterable
 * (so a paged section never sits in memory whole), counted into the job's progress.
 */
final class Rows implements JRDataSource {

  private final Iterator<List<String>> rows;
  private final AtomicLong progress;
  private List<String> current;

  Rows(Iterable<List<String>> rows, AtomicLong progress) {
    this.rows = rows.iterator();
    this.progress = progress;
  }

  @Override
  public boolean next() {
    if (!rows.hasNext()) {
      return false;
    }
    current = rows.next();
    progress.incrementAndGet();
    return true;
  }

  @Override
  public Object getFieldValue(JRField field) {
    int i = Integer.parseInt(field.getName().substring(1));
    return i < current.size() ? printable(current.get(i)) : null;
  }

  /**
   * A SHA-256 in hex prints as two halves of 32 digits on two lines: an unbroken 64-character word
   * makes the PDF engine search for a line break character by character (most of the time of a
   * large extract). CSV and XLSX keep the hash whole.
   */
  static String printable(String cell) {
    if (cell != null && cell.length() == 64 && cell.chars().allMatch(Rows::hex)) {
      return cell.substring(0, 32) + " " + cell.substring(32);
    }
    return cell;
  }

  private static boolean hex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
