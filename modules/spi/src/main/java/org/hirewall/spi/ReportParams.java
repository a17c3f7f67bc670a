package org.hirewall.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parsing {@link ReportDefinition} parameters; each failure is a 400 naming the parameter. */
public final class ReportParams {

  private ReportParams() {}

  /**
   * An ISO-8601 instant ({@code 2026-11-28T09:00:00Z}) or a date ({@code 2026-11-28}, UTC); a date
   * as an upper bound means the end of that day, so {@code from=to=2026-11-28} is that whole day.
   */
  public static Instant time(String name, String value, boolean upperBound) {
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (upperBound ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw RuleViolation.invalid(
          name, "an ISO-8601 date (2026-11-28) or instant (2026-11-28T09:00:00Z)");
    }
  }

  /** A lower-case UUID, as Hirewall's ids are. */
  public static String id(String name, String value) {
    if (value == null
        || !value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
      throw RuleViolation.invalid(name, "an id (a lower-case UUID)");
    }
    return value;
  }

  /** A kebab-case name such as a profile or entitlement id. */
  public static String name(String name, String value) {
    if (value != null && !value.matches("[A-Za-z0-9][A-Za-z0-9._:/-]{0,119}")) {
      throw RuleViolation.invalid(name, "letters, digits and . _ : / - (at most 120)");
    }
    return value;
  }
}
