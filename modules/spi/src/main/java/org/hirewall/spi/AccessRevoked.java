package org.hirewall.spi;

import java.time.Instant;

/**
 * CDI event fired when a revocation run has verified that a user holds no access any more. Plugins
 * that manage access observe it to stop managing the user (provisioning ends its grants and refuses
 * to re-provision the account). {@code username} is lowercase, as Keycloak stores it; {@code
 * userId} is the Keycloak user id (null only when the user was already gone): match on either,
 * never on a spelling a person typed.
 */
public record AccessRevoked(
    String runId, String username, String userId, String subjectId, String kind, Instant at) {}
