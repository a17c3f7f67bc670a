package org.hirewall.spi;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * One report's content, independent of its format: a title, the facts that head it, and sections of
 * rows, each laid out by one of the report's {@link Layout}s. Cells are plain text; they must never
 * carry a secret, and evidence files appear only by their hash.
 *
 * @param title e.g. "Incident evidence package"
 * @param subject what the report is about, e.g. the run or the subject; shown under the title
 * @param controls the guidance control IDs the report serves (printed in it)
 * @param facts label/value pairs printed before the sections
 * @param sections the tables, in order
 * @param dataSection the layout key of the section a CSV export carries (CSV holds one table)
 */
public record ReportDocument(
    String title,
    String subject,
    List<String> controls,
    List<Fact> facts,
    List<Section> sections,
    String dataSection) {

  public ReportDocument {
    controls = List.copyOf(controls);
    facts = List.copyOf(facts);
    sections = List.copyOf(sections);
  }

  /**
   * @param name query parameter name
   * @param required whether the report needs it
   * @param description what it means and what it accepts
   */
  public record Parameter(String name, boolean required, String description) {}

  /** A table's columns; {@code key} is unique within the report. */
  public record Layout(String key, List<Column> columns) {
    public Layout {
      columns = List.copyOf(columns);
    }

    public static Layout of(String key, Column... columns) {
      return new Layout(key, List.of(columns));
    }
  }

  /**
   * @param name the heading
   * @param width relative width in the PDF (the columns of a layout share the page width)
   */
  public record Column(String name, int width) {}

  public record Fact(String label, String value) {}

  /**
   * @param title the heading printed above the table
   * @param layout the key of the {@link Layout} its rows follow; a row has one cell per column
   * @param rows read once, in order, while the report is written
   * @param expectedRows how many rows to expect (for progress), or -1 when unknown
   * @param chart a picture of the same data, drawn above the table, or null
   */
  public record Section(
      String title, String layout, Iterable<List<String>> rows, long expectedRows, Chart chart) {

    public static Section of(String title, String layout, List<List<String>> rows) {
      return new Section(title, layout, rows, rows.size(), null);
    }

    public Section withChart(Chart chart) {
      return new Section(title, layout, rows, expectedRows, chart);
    }
  }

  /**
   * Horizontal bars, one per label. A bar spans {@code start} to {@code start + length} on the
   * value axis, so the same chart draws counts (start 0) and timelines (start = offset).
   */
  public record Chart(String title, String unit, List<Bar> bars) {
    public Chart {
      bars = List.copyOf(bars);
    }
  }

  public record Bar(String label, double start, double length) {}

  /**
   * The layout of a DATA-01..18 record (control, what the guidance asks for, held, values), shared
   * by every report that prints one; rows are built by {@link #dataRecordRow}.
   */
  public static final Layout DATA_RECORD =
      Layout.of(
          "data",
          new Column("Control", 5),
          new Column("What the guidance asks for", 16),
          new Column("Held", 3),
          new Column("Values (masked or hashed)", 30));

  /** One row of {@link #DATA_RECORD}. */
  public static List<String> dataRecordRow(
      String control, String label, boolean present, List<String> values) {
    return List.of(control, label, present ? "yes" : "no", String.join("; ", values));
  }

  /** An instant as reports print it: ISO-8601 UTC to the millisecond; empty for null. */
  public static String time(java.time.Instant t) {
    return t == null ? "" : t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
  }

  /**
   * Rows read a page at a time: {@code next} gets the last item of the previous page (empty for the
   * first) and returns the following page, empty at the end. Only one page is held at a time.
   */
  public static <T> Iterable<List<String>> paged(
      Function<Optional<T>, List<T>> next, Function<T, List<String>> row) {
    return () ->
        new Iterator<>() {
          private List<T> page = next.apply(Optional.empty());
          private int i;

          @Override
          public boolean hasNext() {
            if (i < page.size()) {
              return true;
            }
            if (page.isEmpty()) {
              return false;
            }
            page = next.apply(Optional.of(page.get(page.size() - 1)));
            i = 0;
            return !page.isEmpty();
          }

          @Override
          public List<String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return row.apply(page.get(i++));
          }
        };
  }
}
