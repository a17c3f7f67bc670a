package org.hirewall.spi;

import java.util.Set;

/**
 * A report auditors can download: a compiled template plus its data query. The template is compiled
 * once, never per request.
 */
public interface ReportDefinition extends HirewallExtension {

  /** Human title shown in the report list. */
  String title();

  /** Output formats this report supports, e.g. {@code pdf}, {@code csv}, {@code xlsx}. */
  Set<String> formats();
}
