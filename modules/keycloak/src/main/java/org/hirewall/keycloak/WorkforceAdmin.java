package org.hirewall.keycloak;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.admin.client.resource.GroupResource;
import org.keycloak.admin.client.resource.GroupsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;

/**
 * The workforce realm's keycloak-admin-client resources, each built once and reused. Building one
 * is not free: RESTEasy makes a client proxy by parsing the annotations of every method of its
 * interface ({@code UserResource} has about fifty), which cost several milliseconds of CPU per call
 * when done for every request — more than the request itself. The proxies are thread-safe.
 */
public final class WorkforceAdmin {

  private static final int MAX_CACHED = 4096;

  private final RealmResource realm;
  private final UsersResource users;
  private final ClientsResource clients;
  private final GroupsResource groups;
  private final Map<String, UserResource> user = new ConcurrentHashMap<>();
  private final Map<String, ClientResource> client = new ConcurrentHashMap<>();
  private final Map<String, GroupResource> group = new ConcurrentHashMap<>();
  private final Map<String, String> clientUuids = new ConcurrentHashMap<>();

  WorkforceAdmin(RealmResource realm) {
    this.realm = realm;
    this.users = realm.users();
    this.clients = realm.clients();
    this.groups = realm.groups();
  }

  public RealmResource realm() {
    return realm;
  }

  public UsersResource users() {
    return users;
  }

  /** The user with this Keycloak id (the resource; Keycloak answers 404 if there is none). */
  public UserResource user(String id) {
    return cached(user, id, users::get);
  }

  public ClientsResource clients() {
    return clients;
  }

  /** The client with this internal id (not its clientId). */
  public ClientResource client(String uuid) {
    return cached(client, uuid, clients::get);
  }

  /**
   * The internal id of the client {@code clientId}, looked up once (it changes only if the client
   * is deleted and made again); empty when there is no such client.
   */
  public java.util.Optional<String> clientUuid(String clientId) {
    // a miss is not kept (computeIfAbsent stores no null): the client may be created later
    return java.util.Optional.ofNullable(
        cached(
            clientUuids,
            clientId,
            c -> clients.findByClientId(c).stream().findFirst().map(x -> x.getId()).orElse(null)));
  }

  public GroupsResource groups() {
    return groups;
  }

  public GroupResource group(String id) {
    return cached(group, id, groups::group);
  }

  private static <T> T cached(Map<String, T> cache, String key, Function<String, T> make) {
    if (cache.size() > MAX_CACHED) {
      cache.clear(); // bounded: ids of long-gone users do not pile up
    }
    return cache.computeIfAbsent(key, make);
  }
}
