package org.hirewall.spi;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report auditors and security staff can download. The plugin that owns the data implements it:
 * it declares its parameters and the table layouts of its sections, and produces a {@link
 * ReportDocument} whose rows are read while the report is written. The reports plugin turns layouts
 * into templates compiled once at start-up (never per request), renders PDF, CSV and XLSX, and
 * records each file's SHA-256 in the audit trail. The report's id is its {@link
 * PluginExtension#id()}.
 */
public interface ReportDefinition extends HirewallExtension {

  /** Human title shown in the report list. */
  String title();

  /** One sentence: what the report shows and for whom. */
  String description();

  /** Output formats this report supports: {@code pdf}, {@code csv}, {@code xlsx}. */
  default Set<String> formats() {
    return Set.of("pdf", "csv", "xlsx");
  }

  /** The parameters it takes, in the order the API documents them. */
  List<ReportDocument.Parameter> parameters();

  /** Every table layout its sections use, by key; fixed for the life of the server. */
  List<ReportDocument.Layout> layouts();

  /**
   * Checks the parameters (a {@link RuleViolation#invalid} naming the parameter when one is wrong,
   * {@link RuleViolation#notFound} when what it names does not exist) and returns the document.
   * Large sections should read their rows lazily, a page at a time ({@link ReportDocument#paged}).
   */
  ReportDocument produce(Map<String, String> parameters);
}
