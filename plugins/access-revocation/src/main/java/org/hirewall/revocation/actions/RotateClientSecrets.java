package org.hirewall.revocation.actions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hirewall.keycloak.WorkforceAdmin;
import org.hirewall.keycloak.WorkforceGateway;
import org.hirewall.revocation.Fingerprints;
import org.hirewall.revocation.RevocationPolicy;
import org.hirewall.revocation.RunLedger;
import org.hirewall.revocation.RunStore;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.OwnerNotifier;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.RevocationAction;
import org.hirewall.spi.RevocationTarget;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.MappingsRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Rotates the secret of every confidential client the user could reach: clients they hold roles of
 * (directly or through a group) and clients the revocation policy maps to their groups and realm
 * roles (a CI pipeline whose secret engineers can read). Only a fingerprint of the new secret is
 * kept; each rotation is recorded as it happens, so a resumed run does not rotate the same client
 * again; the client's owner is told through every {@link OwnerNotifier}.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "rotate-client-secrets",
    description = "Rotates secrets of confidential clients the user could reach; owners notified")
@Enforces({"RESP-07", "XKEY-01", "ida-3.1.1"})
public class RotateClientSecrets implements RevocationAction {

  private static final Logger LOG = Logger.getLogger(RotateClientSecrets.class.getName());

  @Inject WorkforceGateway keycloak;
  @Inject RevocationPolicy policy;
  @Inject RunStore runs;
  @Inject RunLedger ledger;
  @Inject AuditLog audit;
  @Inject @Any Instance<OwnerNotifier> notifiers;

  private final Clock clock = Clock.systemUTC();

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Map<String, Object> inventory(RevocationTarget t) {
    if (t.userId() == null) {
      return Map.of("clients", List.of());
    }
    return keycloak.admin(
        "find reachable clients",
        r -> {
          Map<String, Set<String>> via = reach(r, t);
          List<Map<String, Object>> clients = new ArrayList<>();
          for (Map.Entry<String, Set<String>> e : via.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clientId", e.getKey());
            m.put("via", List.copyOf(e.getValue()));
            List<ClientRepresentation> found = r.clients().findByClientId(e.getKey());
            if (found.isEmpty()) {
              m.put("skipped", "no such client");
            } else if (Boolean.TRUE.equals(found.get(0).isPublicClient())) {
              m.put("skipped", "public client: no secret");
            } else if (!policy.mayRotate(e.getKey())) {
              m.put("skipped", "never rotated by policy");
            } else {
              ClientRepresentation c = found.get(0);
              m.put("uuid", c.getId());
              m.put("owner", policy.owner(e.getKey()));
              m.put("secretFingerprint", Fingerprints.ofSecret(c.getSecret()));
            }
            clients.add(m);
          }
          return Map.<String, Object>of("clients", clients);
        });
  }

  @Override
  public void revoke(RevocationTarget t, Map<String, Object> inventory) {
    for (Map<?, ?> c : rotatable(inventory)) {
      String clientId = String.valueOf(c.get("clientId"));
      if (runs.rotation(t.runId(), clientId).isPresent()) {
        continue; // rotated by an earlier attempt of this run
      }
      String uuid = String.valueOf(c.get("uuid"));
      String secret =
          keycloak.admin(
              "rotate client secret", r -> r.client(uuid).generateNewSecret().getValue());
      RunStore.Rotation rotation =
          new RunStore.Rotation(
              clientId,
              String.valueOf(c.get("secretFingerprint")),
              Fingerprints.ofSecret(secret),
              clock.instant());
      ledger.rotated(t.runId(), rotation);
      notifyOwner(t, String.valueOf(c.get("owner")), clientId, rotation);
    }
  }

  @Override
  public boolean verify(RevocationTarget t, Map<String, Object> inventory) {
    for (Map<?, ?> c : rotatable(inventory)) {
      String uuid = String.valueOf(c.get("uuid"));
      String now =
          keycloak.admin(
              "read client secret",
              r -> Fingerprints.ofSecret(r.client(uuid).getSecret().getValue()));
      if (now.equals(c.get("secretFingerprint"))) {
        return false;
      }
    }
    return true;
  }

  private void notifyOwner(
      RevocationTarget t, String owner, String clientId, RunStore.Rotation rotation) {
    OwnerNotifier.Notice notice =
        new OwnerNotifier.Notice(
            t.runId(),
            "keycloak-client:" + clientId,
            owner,
            rotation.fingerprint(),
            rotation.rotatedAt());
    for (OwnerNotifier n : notifiers) {
      try {
        n.notify(notice);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "HIREWALL-1207 owner notifier failed for " + clientId, e);
        audit.record(
            new AuditEvent(
                "revocation.owner.notice-failed",
                "run:" + t.runId(),
                List.of("XKEY-01"),
                "failed",
                notice.toString()));
      }
    }
  }

  private static List<Map<?, ?>> rotatable(Map<String, Object> inventory) {
    List<Map<?, ?>> out = new ArrayList<>();
    for (Object o : (List<?>) inventory.getOrDefault("clients", List.of())) {
      Map<?, ?> c = (Map<?, ?>) o;
      if (c.get("uuid") != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Client id → how the user reaches it: client roles held directly, through a group or inside a
   * composite role (expanded to the bottom), and the policy's mapping of the groups and realm roles
   * held (directly, through a group or inside a composite). The realm's default role is not
   * expanded: every user holds it, so a client it exposes is mapped in the policy if it must
   * rotate.
   */
  private Map<String, Set<String>> reach(WorkforceAdmin r, RevocationTarget t) {
    Map<String, Set<String>> via = new TreeMap<>();
    var user = r.user(t.userId());
    MappingsRepresentation direct =
        Gone.orElse(() -> user.roles().getAll(), new MappingsRepresentation());
    RemoveMemberships.clientMappings(direct).keySet().forEach(c -> add(via, c, "client-role"));
    List<String> held = new ArrayList<>();
    RemoveMemberships.names(direct.getRealmMappings()).forEach(n -> held.add("realm-role:" + n));
    List<RoleRepresentation> composites = new ArrayList<>(composites(direct));
    for (GroupRepresentation g : Gone.orElse(user::groups, List.<GroupRepresentation>of())) {
      held.add("group:" + g.getName());
      MappingsRepresentation gm = r.group(g.getId()).roles().getAll();
      RemoveMemberships.clientMappings(gm)
          .keySet()
          .forEach(c -> add(via, c, "group:" + g.getName()));
      RemoveMemberships.names(gm.getRealmMappings()).forEach(n -> held.add("realm-role:" + n));
      composites.addAll(composites(gm));
    }
    Set<String> expanded = new HashSet<>();
    Map<String, String> clientIds = new HashMap<>(); // client uuid → client id, one read each
    Deque<RoleRepresentation> todo = new ArrayDeque<>(composites);
    while (!todo.isEmpty()) {
      RoleRepresentation outer = todo.pop();
      if (!expanded.add(outer.getId())) {
        continue;
      }
      for (RoleRepresentation inner : r.realm().rolesById().getRoleComposites(outer.getId())) {
        if (Boolean.TRUE.equals(inner.getClientRole())) {
          String clientId =
              clientIds.computeIfAbsent(
                  inner.getContainerId(), uuid -> r.client(uuid).toRepresentation().getClientId());
          add(via, clientId, "composite:" + outer.getName());
        } else {
          held.add("realm-role:" + inner.getName());
        }
        if (inner.isComposite()) {
          todo.push(inner);
        }
      }
    }
    for (String h : new TreeSet<>(held)) {
      policy.reachedThrough(List.of(h)).forEach(c -> add(via, c, "policy:" + h));
    }
    return via;
  }

  /** The composite roles of a mapping (realm and client), but not the realm's default role. */
  private static List<RoleRepresentation> composites(MappingsRepresentation m) {
    List<RoleRepresentation> out = new ArrayList<>();
    if (m.getRealmMappings() != null) {
      m.getRealmMappings().stream()
          .filter(RoleRepresentation::isComposite)
          .filter(role -> !role.getName().startsWith("default-roles-"))
          .forEach(out::add);
    }
    RemoveMemberships.clientMappings(m).values().stream()
        .filter(c -> c.getMappings() != null)
        .flatMap(c -> c.getMappings().stream())
        .filter(RoleRepresentation::isComposite)
        .forEach(out::add);
    return out;
  }

  private static void add(Map<String, Set<String>> via, String clientId, String how) {
    via.computeIfAbsent(clientId, k -> new TreeSet<>()).add(how);
  }
}
