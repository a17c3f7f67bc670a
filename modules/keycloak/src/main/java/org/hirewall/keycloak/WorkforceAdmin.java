package org.hirewall.keycloak;

import java.util.LinkedHashMap;
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
 *
 * <p>Each proxy also holds about 90 KB of method invokers, so only the few most recently used ones
 * per kind are kept ({@link #RECENT}): a run works on one user for a while, and new hires are new
 * users every time. Keeping thousands (as once) filled a 256 MB heap during bulk onboarding.
 */
public final class WorkforceAdmin {

  /** Proxies kept per kind (users, clients, groups): ~90 KB each. */
  static final int RECENT = 64;

  /** Client ids to internal ids: small strings, many kept. */
  private static final int MAX_IDS = 4096;

  private final RealmResource realm;
  private final UsersResource users;
  private final ClientsResource clients;
  private final GroupsResource groups;
  private final Recent<UserResource> user = new Recent<>();
  private final Recent<ClientResource> client = new Recent<>();
  private final Recent<GroupResource> group = new Recent<>();
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
    return user.get(id, users::get);
  }

  public ClientsResource clients() {
    return clients;
  }

  /** The client with this internal id (not its clientId). */
  public ClientResource client(String uuid) {
    return client.get(uuid, clients::get);
  }

  /**
   * The internal id of the client {@code clientId}, looked up once (it changes only if the client
   * is deleted and made again); empty when there is no such client.
   */
  public java.util.Optional<String> clientUuid(String clientId) {
    // a miss is not kept (computeIfAbsent stores no null): the client may be created later
    if (clientUuids.size() > MAX_IDS) {
      clientUuids.clear(); // bounded: ids of long-gone clients do not pile up
    }
    return java.util.Optional.ofNullable(
        clientUuids.computeIfAbsent(
            clientId,
            c -> clients.findByClientId(c).stream().findFirst().map(x -> x.getId()).orElse(null)));
  }

  public GroupsResource groups() {
    return groups;
  }

  public GroupResource group(String id) {
    return group.get(id, groups::group);
  }

  /** The {@link #RECENT} most recently used proxies of one kind, least recently used dropped. */
  static final class Recent<T> {
    private final Map<String, T> kept =
        new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > RECENT;
          }
        };

    T get(String key, Function<String, T> make) {
      synchronized (kept) {
        T found = kept.get(key);
        if (found != null) {
          return found;
        }
      }
      T made = make.apply(key); // outside the lock: building a proxy takes a while
      synchronized (kept) {
        T raced = kept.putIfAbsent(key, made);
        return raced != null ? raced : made;
      }
    }

    int size() {
      synchronized (kept) {
        return kept.size();
      }
    }
  }
}
