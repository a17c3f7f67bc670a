package org.hirewall.spi;

import java.util.Objects;

/**
 * Whose access a revocation run removes: a workforce-realm user, and the vetted subject behind it
 * when Hirewall knows one.
 *
 * @param runId the revocation run, for actions that keep their own per-run records
 * @param username the workforce-realm username
 * @param userId the Keycloak user id; {@code null} when the user no longer exists in Keycloak
 * @param subjectId the identity-verification subject, or {@code null}
 */
public record RevocationTarget(String runId, String username, String userId, String subjectId) {
  public RevocationTarget {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(username, "username");
  }
}
