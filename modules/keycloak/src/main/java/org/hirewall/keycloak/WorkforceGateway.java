package org.hirewall.keycloak;

import java.util.List;
import java.util.Optional;

/**
 * Everything Hirewall does in the managed (workforce) realm goes through this interface, so
 * provisioning and revocation share one place for timeouts, retries and least-privilege
 * credentials. Every operation is idempotent.
 */
public interface WorkforceGateway extends AutoCloseable {

  /** The gateway's own service-account user in the managed realm (read-only uses). */
  Optional<WorkforceUser> serviceAccount();

  /** The realm's security-relevant settings, for posture checks. */
  RealmPosture posture();

  /** The user with exactly this username, if any. */
  Optional<WorkforceUser> findUser(String username);

  /** Creates the user (disabled until provisioning enables it) or returns the existing one. */
  WorkforceUser ensureUser(String username, String email, String firstName, String lastName);

  /**
   * Creates the user enabled, required to enrol MFA at first login and member of the top-level
   * {@code groups}, in one call (one Keycloak transaction), or returns the existing one untouched
   * ({@code created} false: call {@link #enableWithMfa} and {@link #joinGroup} for it).
   */
  ProvisionedUser provisionUser(
      String username, String email, String firstName, String lastName, List<String> groups);

  /** A user returned by {@link #provisionUser}. */
  record ProvisionedUser(WorkforceUser user, boolean created) {}

  /** Names of the groups the user is a member of. */
  List<String> groupsOf(String userId);

  /** Realm roles mapped directly to the user (not composite or default ones). */
  List<String> realmRolesOf(String userId);

  /** Enables the user and requires MFA enrolment (OTP) at next login unless already enrolled. */
  void enableWithMfa(String userId);

  /** Adds the user to the top-level group {@code group}; a member already stays a member. */
  void joinGroup(String userId, String group);

  /** Removes the user from {@code group}; a non-member (or a user who is gone) stays one. */
  void leaveGroup(String userId, String group);

  /** Maps realm role {@code role} to the user; idempotent. */
  void grantRealmRole(String userId, String role);

  /** Unmaps realm role {@code role} from the user; idempotent, and done for a user who is gone. */
  void revokeRealmRole(String userId, String role);

  /**
   * Runs {@code call} against the workforce realm's admin API with this gateway's credentials,
   * timeouts and retries (transient failures only), for what the methods above do not cover
   * (revocation reads sessions, consents, credentials, events and client secrets). {@code call}
   * must be idempotent.
   */
  <T> T admin(String what, java.util.function.Function<WorkforceAdmin, T> call);

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
      boolean bruteForceProtected,
      boolean mfaRequiredForNewUsers) {}
}
