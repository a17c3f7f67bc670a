package org.hirewall.keycloak;

import java.util.List;
import java.util.Optional;

/**
 * Everything Hirewall does in the managed (workforce) realm goes through this interface, so
 * provisioning and revocation share one place for timeouts, retries and least-privilege
 * credentials. Every operation is idempotent.
 */
public interface WorkforceGateway extends AutoCloseable {

  /** The realm's security-relevant settings, for posture checks. */
  RealmPosture posture();

  /** The user with exactly this username, if any. */
  Optional<WorkforceUser> findUser(String username);

  /** Creates the user (disabled until provisioning enables it) or returns the existing one. */
  WorkforceUser ensureUser(String username, String email, String firstName, String lastName);

  /** Names of the groups the user is a member of. */
  List<String> groupsOf(String userId);

  @Override
  void close();

  /** A managed user as Hirewall sees it. */
  record WorkforceUser(String id, String username, boolean enabled) {}

  /** Realm settings the guidance cares about (ORG-01d, XIAM-06, XIAM-08). */
  record RealmPosture(
      String realm,
      int accessTokenLifespanSeconds,
      int ssoSessionMaxLifespanSeconds,
      boolean eventsEnabled,
      boolean adminEventsEnabled,
      boolean bruteForceProtected) {}
}
