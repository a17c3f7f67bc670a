package org.hirewall.spi;

import java.util.Map;

/**
 * One ordered step that removes a subject's access: end sessions, revoke offline tokens, rotate a
 * secret. Every method is idempotent and safe to retry; {@link #verify} proves the effect held.
 * Actions run in ascending {@link #order()}.
 */
public interface RevocationAction extends HirewallExtension {

  /** Position in the run; lower runs first. */
  int order();

  /** Describes what the subject holds that this action will remove, before anything is removed. */
  Map<String, Object> inventory(SubjectRef subject);

  /** Removes the access. Running it again after success does nothing harmful. */
  void revoke(SubjectRef subject);

  /** True when the subject demonstrably holds none of the access this action removes. */
  boolean verify(SubjectRef subject);
}
