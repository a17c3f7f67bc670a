package org.hirewall.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the plain audit classes into CDI. The signing key directory is configured by {@code
 * hirewall.audit.key-dir} (env {@code HIREWALL_AUDIT_KEY_DIR}); keep it off the database host's
 * backups so a stolen database dump cannot be re-signed.
 */
@ApplicationScoped
public class AuditSettings {

  @Inject
  @ConfigProperty(name = "hirewall.audit.key-dir", defaultValue = "data/keys")
  String keyDir;

  @Produces
  @Singleton
  CheckpointSigner signer() {
    return CheckpointSigner.loadOrCreate(Path.of(keyDir));
  }

  @Produces
  @Singleton
  AuditAnchor anchor() {
    return new AuditAnchor(Path.of(keyDir));
  }

  @Produces
  @Singleton
  AuditStore store() {
    return new AuditStore(Clock.systemUTC());
  }
}
