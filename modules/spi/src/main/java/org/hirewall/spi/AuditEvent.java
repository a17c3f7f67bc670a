package org.hirewall.spi;

import java.util.List;
import java.util.Objects;

/**
 * One state change to record in the audit trail. The payload is reduced to its SHA-256 digest
 * before it is stored, so it may describe the change fully; it must still never carry a secret.
 *
 * @param action what happened, a stable dotted name such as {@code audit.verified}
 * @param subject whom or what it happened to, e.g. a subject id or {@code system}
 * @param controls the guidance control IDs the change serves
 * @param outcome {@code success}, {@code refused} or {@code failed}
 * @param payload canonical text (usually JSON) describing the change; only its digest is kept
 */
public record AuditEvent(
    String action, String subject, List<String> controls, String outcome, String payload) {

  public AuditEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(outcome, "outcome");
    controls = List.copyOf(controls);
    payload = payload == null ? "" : payload;
  }
}
