package org.hirewall.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hirewall.spi.AccessRevoked;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;

/**
 * Stops managing a user whose access a revocation run removed: their grants end as REVOKED (so the
 * expiry timer and reports no longer count them) and {@link ProvisioningService} refuses to
 * provision the account again (RESP-07).
 */
@ApplicationScoped
public class RevokedAccounts {

  @Inject GrantStore grants;
  @Inject AuditLog audit;

  @Transactional
  void onRevoked(@Observes AccessRevoked e) {
    String username = e.username().toLowerCase(java.util.Locale.ROOT);
    int ended = grants.revokeAccount(e.userId(), username, e.runId(), e.at());
    if (ended > 0 || grants.accountByUsername(username).isPresent()) {
      audit.record(
          new AuditEvent(
              "provisioning.account.revoked",
              "user:" + e.username(),
              List.of("RESP-07", "ida-3.1.1"),
              "success",
              "{\"run\":\"" + e.runId() + "\",\"grantsEnded\":" + ended + "}"));
    }
  }
}
