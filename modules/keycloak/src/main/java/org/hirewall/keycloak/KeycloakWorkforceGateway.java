package org.hirewall.keycloak;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link WorkforceGateway} over keycloak-admin-client, authenticated as the realm's own
 * service-account client (client-credentials grant): never the master admin.
 */
public final class KeycloakWorkforceGateway implements WorkforceGateway {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(KeycloakWorkforceGateway.class.getName());

  private final GatewaySettings settings;
  private final Client http;
  private final Keycloak keycloak;
  private final Retry retry;

  public KeycloakWorkforceGateway(GatewaySettings settings) {
    this.settings = settings;
    // a pooled RESTEasy client, as keycloak-admin-client builds its own: connections are kept
    // alive and reused (a plain ClientBuilder here cost ~40 ms more per call inside WildFly)
    this.http =
        ((ResteasyClientBuilder) ClientBuilder.newBuilder())
            .connectionPoolSize(10)
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .register(JacksonProvider.class, 100)
            .build();
    this.keycloak =
        KeycloakBuilder.builder()
            .serverUrl(settings.serverUrl())
            .realm(settings.realm())
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .resteasyClient(http)
            .build();
    this.retry = new Retry(settings.maxAttempts(), Duration.ofMillis(200));
  }

  private volatile WorkforceAdmin admin;

  /** The realm's client proxies, made once: building RESTEasy proxies per call is slow. */
  private WorkforceAdmin admin() {
    WorkforceAdmin a = admin;
    if (a == null) {
      a = new WorkforceAdmin(keycloak.realm(settings.realm()));
      admin = a;
    }
    return a;
  }

  private RealmResource realm() {
    return admin().realm();
  }

  @Override
  public RealmPosture posture() {
    RealmRepresentation r = retry.call("read realm", () -> realm().toRepresentation());
    return new RealmPosture(
        r.getRealm(),
        nz(r.getAccessTokenLifespan()),
        nz(r.getSsoSessionMaxLifespan()),
        Boolean.TRUE.equals(r.isEventsEnabled()),
        Boolean.TRUE.equals(r.isAdminEventsEnabled()),
        Boolean.TRUE.equals(r.isBruteForceProtected()),
        retry.call("read required actions", () -> realm().flows().getRequiredActions()).stream()
            .anyMatch(
                a ->
                    ("CONFIGURE_TOTP".equals(a.getAlias())
                            || "webauthn-register".equals(a.getAlias()))
                        && a.isEnabled()
                        && a.isDefaultAction()));
  }

  @Override
  public Optional<WorkforceUser> findUser(String username) {
    List<UserRepresentation> found =
        retry.call("find user", () -> admin().users().searchByUsername(username, true));
    return found.stream().findFirst().map(KeycloakWorkforceGateway::toUser);
  }

  @Override
  public Optional<WorkforceUser> serviceAccount() {
    return findUser("service-account-" + settings.clientId());
  }

  @Override
  public WorkforceUser ensureUser(
      String username, String email, String firstName, String lastName) {
    return createOrFind(newUser(username, email, firstName, lastName, false)).user();
  }

  @Override
  public ProvisionedUser provisionUser(
      String username, String email, String firstName, String lastName, List<String> groups) {
    UserRepresentation u = newUser(username, email, firstName, lastName, true);
    u.setRequiredActions(List.of("CONFIGURE_TOTP"));
    groups.forEach(this::groupId); // an unknown group fails here, clearly, before any change
    u.setGroups(groups.stream().map(g -> "/" + g).toList());
    return createOrFind(u);
  }

  private static UserRepresentation newUser(
      String username, String email, String firstName, String lastName, boolean enabled) {
    UserRepresentation u = new UserRepresentation();
    u.setUsername(username);
    u.setEmail(email);
    u.setFirstName(firstName);
    u.setLastName(lastName);
    u.setEnabled(enabled);
    return u;
  }

  /**
   * Creates the user, or finds it when it exists: create first (one call for a new user), and a 409
   * for the username — the user exists, possibly from an earlier attempt — means read it. A 409 for
   * anything else (another user has the e-mail) and a 400 (a value Keycloak will not take) are
   * {@link KeycloakRefused}, naming the field; a 5xx is retried. Safe to retry.
   */
  private ProvisionedUser createOrFind(UserRepresentation u) {
    return retry.call(
        "create user",
        () -> {
          try (Response r = admin().users().create(u)) {
            int status = r.getStatus();
            if (status == 409) {
              Optional<WorkforceUser> existing = findUser(u.getUsername());
              if (existing.isPresent()) {
                return new ProvisionedUser(existing.get(), false);
              }
              throw KeycloakRefused.of(409, r.readEntity(String.class));
            }
            if (status >= 500 || status == 429) {
              throw new jakarta.ws.rs.WebApplicationException(status); // transient: retried
            }
            if (status >= 400) {
              throw KeycloakRefused.of(status, r.readEntity(String.class));
            }
            return new ProvisionedUser(
                new WorkforceUser(
                    CreatedResponseUtil.getCreatedId(r), u.getUsername(), u.isEnabled()),
                true);
          }
        });
  }

  @Override
  public List<String> groupsOf(String userId) {
    return retry.call(
        "list groups",
        () -> admin().user(userId).groups().stream().map(GroupRepresentation::getName).toList());
  }

  @Override
  public List<String> realmRolesOf(String userId) {
    return retry.call(
        "list realm roles",
        () ->
            admin().user(userId).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .toList());
  }

  @Override
  public void enableWithMfa(String userId) {
    retry.run(
        "enable user",
        () -> {
          var user = admin().user(userId);
          UserRepresentation u = user.toRepresentation();
          boolean enrolled = user.credentials().stream().anyMatch(c -> "otp".equals(c.getType()));
          List<String> actions =
              new java.util.ArrayList<>(
                  u.getRequiredActions() == null ? List.of() : u.getRequiredActions());
          if (!enrolled && !actions.contains("CONFIGURE_TOTP")) {
            actions.add("CONFIGURE_TOTP");
          }
          u.setRequiredActions(actions);
          u.setEnabled(true);
          user.update(u);
        });
  }

  @Override
  public void joinGroup(String userId, String group) {
    String groupId = groupId(group);
    retry.run("join group", () -> admin().user(userId).joinGroup(groupId));
  }

  @Override
  public void leaveGroup(String userId, String group) {
    String groupId = groupId(group);
    retry.run("leave group", () -> ignoreGone(() -> admin().user(userId).leaveGroup(groupId)));
  }

  @Override
  public void grantRealmRole(String userId, String role) {
    RoleRepresentation r = role(role);
    retry.run("grant realm role", () -> admin().user(userId).roles().realmLevel().add(List.of(r)));
  }

  @Override
  public void revokeRealmRole(String userId, String role) {
    RoleRepresentation r = role(role);
    retry.run(
        "revoke realm role",
        () -> ignoreGone(() -> admin().user(userId).roles().realmLevel().remove(List.of(r))));
  }

  /**
   * Runs a removal; a user Keycloak no longer has (404) holds nothing, so there is nothing left to
   * remove. Seen in the fault campaign: an expiry retried for ever after the user was deleted.
   */
  private static void ignoreGone(Runnable removal) {
    try {
      removal.run();
    } catch (jakarta.ws.rs.NotFoundException gone) {
      LOG.fine("HIREWALL-0303 the user is gone from Keycloak: nothing to remove");
    }
  }

  private final java.util.Map<String, RoleRepresentation> roles =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A realm role, looked up once (its id never changes while it exists). */
  private RoleRepresentation role(String name) {
    return roles.computeIfAbsent(
        name,
        n -> {
          try {
            return retry.call("read role", () -> realm().roles().get(n).toRepresentation());
          } catch (jakarta.ws.rs.NotFoundException missing) {
            throw new KeycloakRefused(
                400, "entitlement", "realm " + settings.realm() + " has no role " + n);
          }
        });
  }

  private final java.util.Map<String, String> groupIds =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The id of a top-level group, looked up once. */
  private String groupId(String name) {
    return groupIds.computeIfAbsent(
        name,
        n ->
            retry.call("find group", () -> admin().groups().groups(n, true, 0, 10, true)).stream()
                .filter(g -> g.getName().equals(n))
                .map(GroupRepresentation::getId)
                .findFirst()
                .orElseThrow(
                    () ->
                        new KeycloakRefused(
                            400,
                            "profile",
                            "the profile names group "
                                + n
                                + ", which realm "
                                + settings.realm()
                                + " does not have")));
  }

  @Override
  public <T> T admin(String what, java.util.function.Function<WorkforceAdmin, T> call) {
    return retry.call(what, () -> call.apply(admin()));
  }

  @Override
  public void close() {
    keycloak.close();
    http.close();
  }

  private static WorkforceUser toUser(UserRepresentation u) {
    return new WorkforceUser(u.getId(), u.getUsername(), Boolean.TRUE.equals(u.isEnabled()));
  }

  private static int nz(Integer v) {
    return v == null ? 0 : v;
  }
}
