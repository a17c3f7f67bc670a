package org.hirewall.spi;

import java.util.List;

/**
 * A request the rules refuse: the server answers it as an RFC 9457 problem with this status, naming
 * the field when one is to blame and the guidance controls that forbid it. Plugins throw it rather
 * than building HTTP responses themselves.
 */
public class RuleViolation extends RuntimeException {

  private final int status;
  private final String field;
  private final List<String> controls;

  public RuleViolation(int status, String message, String field, List<String> controls) {
    super(message);
    this.status = status;
    this.field = field;
    this.controls = List.copyOf(controls);
  }

  /** 409: the request is well-formed but the current state or a control forbids it. */
  public static RuleViolation refused(String message, String... controls) {
    return new RuleViolation(409, message, null, List.of(controls));
  }

  /** 400 naming the offending field. */
  public static RuleViolation invalid(String field, String message) {
    return new RuleViolation(400, message, field, List.of());
  }

  /** 404: no such thing. */
  public static RuleViolation notFound(String message) {
    return new RuleViolation(404, message, null, List.of());
  }

  public int status() {
    return status;
  }

  /** The input field to blame, or null. */
  public String field() {
    return field;
  }

  public List<String> controls() {
    return controls;
  }
}
