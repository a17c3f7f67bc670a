package org.hirewall.spi;

import java.time.Instant;

/**
 * CDI event fired when a revocation run has verified that a user holds no access any more. Plugins
 * that manage access observe it to stop managing the user (provisioning ends its grants and refuses
 * to re-provision the account).
 */
public record AccessRevoked(
    String runId, String username, String subjectId, String kind, Instant at) {}
