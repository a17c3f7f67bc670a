package org.hirewall.provisioning;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An HR export as spreadsheets save it: RFC 4180 (quoted fields may hold commas, quotes and line
 * breaks), with or without a byte-order mark, CRLF or LF. Columns are matched by their header name,
 * in any order and any case ({@code First Name} is {@code first_name}); columns Hirewall does not
 * use are ignored and listed. A file separated by semicolons or tabs is refused with that said.
 */
public final class HrCsv {

  /** What the file holds: the columns used and ignored, and each record by line, or why not. */
  public record Parsed(
      List<String> columns, List<String> ignored, List<Line> lines, String problem) {}

  /**
   * One record: its number (the header is 1, as a spreadsheet numbers its rows), its values by
   * column name (only the used columns) and how many fields it had.
   */
  public record Line(int line, Map<String, String> values, int fields) {}

  private HrCsv() {}

  public static Parsed parse(String text, List<String> required) {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String header = csv.lines().findFirst().orElse("").strip();
    if (header.isEmpty()) {
      return problem(
          "the file is empty; the first line must be the header: " + String.join(",", required));
    }
    if (!header.contains(",")) {
      for (char other : new char[] {';', '\t', '|'}) {
        if (header.indexOf(other) >= 0) {
          return problem(
              "the file is separated by "
                  + (other == '\t' ? "tabs" : "'" + other + "'")
                  + ", not commas: save it as CSV (comma-separated, UTF-8)");
        }
      }
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      List<CSVRecord> records = parser.getRecords();
      CSVRecord head = records.get(0);
      Map<String, Integer> index = new LinkedHashMap<>();
      List<String> ignored = new ArrayList<>();
      for (int i = 0; i < head.size(); i++) {
        String name = normalise(head.get(i));
        if (required.contains(name) && !index.containsKey(name)) {
          index.put(name, i);
        } else if (required.contains(name)) {
          return problem("column " + name + " appears twice in the header");
        } else {
          ignored.add(head.get(i).strip());
        }
      }
      List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        return problem(
            "the header lacks column(s) "
                + missing
                + "; it needs "
                + String.join(",", required)
                + " (in any order)");
      }
      List<Line> lines = new ArrayList<>();
      for (CSVRecord r : records.subList(1, records.size())) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        index.forEach((name, i) -> values.put(name, i < r.size() ? r.get(i).strip() : ""));
        lines.add(new Line((int) r.getRecordNumber(), values, r.size()));
      }
      return new Parsed(List.copyOf(index.keySet()), ignored, lines, null);
    } catch (IOException e) {
      return problem("the file could not be read: " + e.getMessage());
    } catch (IllegalStateException | UncheckedIOException malformed) {
      return problem("the file is not valid CSV: " + malformed.getMessage());
    }
  }

  /** {@code First Name}, {@code first-name} and {@code FIRST_NAME} are all {@code first_name}. */
  static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  private static Parsed problem(String why) {
    return new Parsed(List.of(), List.of(), List.of(), why);
  }
}
