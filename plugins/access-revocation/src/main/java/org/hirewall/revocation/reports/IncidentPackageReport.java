package org.hirewall.revocation.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hirewall.revocation.RunStore;
import org.hirewall.spi.AuditReader;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.ReportDefinition;
import org.hirewall.spi.ReportDocument;
import org.hirewall.spi.ReportDocument.Column;
import org.hirewall.spi.ReportDocument.Layout;
import org.hirewall.spi.ReportParams;
import org.hirewall.spi.RuleViolation;

/**
 * The evidence package of one containment or offboarding run, for law enforcement or a Suspicious
 * Activity Report (RESP-11, RESP-14): the DATA-01..18 record with its completeness, the sealed
 * snapshot (its hash and what it holds: access, sessions with IPs, login events), the step
 * timeline, time to zero access, rotated clients by fingerprint only, the people-side checklist,
 * and the run's audit records with their hashes.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-revocation",
    id = "incident-package",
    description = "Incident evidence package of a containment or offboarding run")
@Enforces({"RESP-05", "RESP-11", "RESP-14", "DATA-01", "DATA-18", "XKEY-01"})
public class IncidentPackageReport implements ReportDefinition {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final Layout STEPS =
      Layout.of(
          "steps",
          new Column("#", 2),
          new Column("Action", 12),
          new Column("State", 6),
          new Column("Attempts", 4),
          new Column("Started (UTC)", 11),
          new Column("Done (UTC)", 11),
          new Column("Verified (UTC)", 11),
          new Column("Took", 4),
          new Column("Last error", 14));

  static final Layout DATA = ReportDocument.DATA_RECORD;

  static final Layout SNAPSHOT =
      Layout.of(
          "snapshot",
          new Column("Taken by action", 10),
          new Column("What", 10),
          new Column("Count", 4),
          new Column("Content (no secrets: credentials by metadata, secrets by fingerprint)", 40));

  static final Layout LOGINS =
      Layout.of(
          "logins",
          new Column("Time (UTC)", 10),
          new Column("Event", 8),
          new Column("Client", 10),
          new Column("IP address", 8),
          new Column("Session", 14),
          new Column("Error", 8));

  static final Layout ROTATIONS =
      Layout.of(
          "rotations",
          new Column("Client", 12),
          new Column("Old secret fingerprint", 10),
          new Column("New secret fingerprint", 10),
          new Column("Rotated (UTC)", 11),
          new Column("Owner notified", 14));

  static final Layout CHECKLIST =
      Layout.of(
          "checklist",
          new Column("Control", 5),
          new Column("Task", 20),
          new Column("Owner", 8),
          new Column("Done by", 8),
          new Column("Done (UTC)", 10),
          new Column("Note", 16));

  static final Layout AUDIT =
      Layout.of(
          "audit",
          new Column("Seq", 4),
          new Column("Occurred (UTC)", 11),
          new Column("Actor", 8),
          new Column("Action", 13),
          new Column("Controls", 10),
          new Column("Outcome", 5),
          new Column("Payload SHA-256", 17),
          new Column("Record hash", 17));

  @Inject RunStore runs;
  @Inject AuditReader audit;

  @Override
  public String title() {
    return "Incident evidence package";
  }

  @Override
  public String description() {
    return "One containment or offboarding run: DATA-01..18 record, sealed snapshot, step"
        + " timeline, time to zero access, rotated secrets by fingerprint, checklist, audit records";
  }

  @Override
  public List<ReportDocument.Parameter> parameters() {
    return List.of(new ReportDocument.Parameter("run", true, "the revocation run id"));
  }

  @Override
  public List<Layout> layouts() {
    return List.of(STEPS, DATA, SNAPSHOT, LOGINS, ROTATIONS, CHECKLIST, AUDIT);
  }

  @Override
  public ReportDocument produce(Map<String, String> p) {
    String id = ReportParams.id("run", p.get("run"));
    RunStore.Run run = runs.run(id).orElseThrow(() -> RuleViolation.notFound("no run " + id));
    JsonNode snapshot = runs.snapshot(id).map(IncidentPackageReport::parse).orElse(null);
    List<RunStore.Step> steps = runs.steps(id);
    Instant t0 = run.startedAt() != null ? run.startedAt() : run.requestedAt();

    List<ReportDocument.Fact> facts = new ArrayList<>();
    facts.add(
        new ReportDocument.Fact("Run", run.id() + " (" + run.kind() + ", " + run.state() + ")"));
    facts.add(
        new ReportDocument.Fact(
            "Subject",
            run.username() + (run.subjectId() == null ? "" : " · subject " + run.subjectId())));
    facts.add(new ReportDocument.Fact("Reason", run.reason()));
    facts.add(new ReportDocument.Fact("Requested", run.requestedBy() + " at " + run.requestedAt()));
    facts.add(
        new ReportDocument.Fact(
            "Time to zero access",
            run.zeroAccessMs() == null
                ? "not reached yet"
                : run.zeroAccessMs() + " ms (zero access at " + run.zeroAccessAt() + ")"));
    facts.add(
        new ReportDocument.Fact(
            "Evidence snapshot SHA-256",
            run.snapshotSha256() == null
                ? "not sealed"
                : run.snapshotSha256()
                    + " (sealed "
                    + run.sealedAt()
                    + ", before the first step)"));
    facts.add(
        new ReportDocument.Fact(
            "DATA-01..18 completeness",
            run.completeness() == null ? "not collected" : run.completeness() + " %"));
    facts.add(new ReportDocument.Fact("Attempts", Integer.toString(run.attempts())));

    List<ReportDocument.Bar> timeline =
        steps.stream()
            .filter(s -> s.startedAt() != null)
            .map(
                s -> {
                  Instant end = s.verifiedAt() != null ? s.verifiedAt() : s.doneAt();
                  double start = Math.max(0, Duration.between(t0, s.startedAt()).toMillis());
                  double took =
                      end == null
                          ? 0
                          : Math.max(1, Duration.between(s.startedAt(), end).toMillis());
                  return new ReportDocument.Bar(s.actionId(), start, took);
                })
            .toList();

    List<RunStore.Notice> notices = runs.notices(id);
    List<AuditReader.Entry> records = audit.about(List.of("run:" + id), 5_000);
    return new ReportDocument(
        title(),
        run.kind() + " of " + run.username() + " · run " + run.id(),
        List.of("RESP-01..14", "DATA-01..18", "RESP-11", "RESP-14", "XKEY-01", "ida-3.1.1"),
        facts,
        List.of(
            ReportDocument.Section.of(
                    "Step timeline",
                    STEPS.key(),
                    steps.stream()
                        .map(
                            s ->
                                List.of(
                                    Integer.toString(s.position()),
                                    s.actionId(),
                                    s.state(),
                                    Integer.toString(s.attempts()),
                                    str(s.startedAt()),
                                    str(s.doneAt()),
                                    str(s.verifiedAt()),
                                    s.startedAt() == null || s.verifiedAt() == null
                                        ? ""
                                        : Duration.between(s.startedAt(), s.verifiedAt()).toMillis()
                                            + " ms",
                                    s.lastError() == null ? "" : s.lastError()))
                        .toList())
                .withChart(
                    timeline.isEmpty()
                        ? null
                        : new ReportDocument.Chart(
                            "Revocation timeline from the start of the run (start → verified)",
                            "ms",
                            timeline)),
            ReportDocument.Section.of("DATA-01..18 record", DATA.key(), dataRows(snapshot)),
            ReportDocument.Section.of(
                "Sealed snapshot: what the subject had", SNAPSHOT.key(), snapshotRows(snapshot)),
            ReportDocument.Section.of(
                "Login events before the run (with IP addresses)",
                LOGINS.key(),
                loginRows(snapshot)),
            ReportDocument.Section.of(
                "Rotated client secrets (fingerprints only)",
                ROTATIONS.key(),
                runs.rotations(id).stream()
                    .map(
                        r ->
                            List.of(
                                r.clientId(),
                                r.oldFingerprint() == null ? "" : r.oldFingerprint(),
                                r.fingerprint(),
                                ReportDocument.time(r.rotatedAt()),
                                String.join(
                                    "; ",
                                    notices.stream()
                                        .filter(n -> n.system().endsWith(":" + r.clientId()))
                                        .map(n -> n.owner() + " at " + n.sentAt())
                                        .toList())))
                    .toList()),
            ReportDocument.Section.of(
                "People-side checklist",
                CHECKLIST.key(),
                runs.tasks(id).stream()
                    .map(
                        t ->
                            List.of(
                                t.control(),
                                t.title(),
                                nz(t.owner()),
                                nz(t.doneBy()),
                                str(t.doneAt()),
                                nz(t.note())))
                    .toList()),
            ReportDocument.Section.of(
                "Audit records of the run (hash chain)",
                AUDIT.key(),
                records.stream()
                    .map(
                        e ->
                            List.of(
                                Long.toString(e.seq()),
                                ReportDocument.time(e.occurredAt()),
                                e.actor(),
                                e.action(),
                                String.join(",", e.controls()),
                                e.outcome(),
                                e.payloadDigest(),
                                e.recordHash()))
                    .toList())),
        STEPS.key());
  }

  private static List<List<String>> dataRows(JsonNode snapshot) {
    List<List<String>> rows = new ArrayList<>();
    if (snapshot == null) {
      return rows;
    }
    for (JsonNode i : snapshot.path("dataRecord").path("items")) {
      List<String> values = new ArrayList<>();
      i.path("values").forEach(v -> values.add(v.asText()));
      rows.add(
          ReportDocument.dataRecordRow(
              i.path("control").asText(),
              i.path("label").asText(),
              i.path("present").asBoolean(),
              values));
    }
    return rows;
  }

  /** One row per list or value each action's inventory holds, its entries summarised. */
  private static List<List<String>> snapshotRows(JsonNode snapshot) {
    List<List<String>> rows = new ArrayList<>();
    if (snapshot == null) {
      return rows;
    }
    Iterator<Map.Entry<String, JsonNode>> actions = snapshot.path("inventory").fields();
    while (actions.hasNext()) {
      Map.Entry<String, JsonNode> action = actions.next();
      Iterator<Map.Entry<String, JsonNode>> things = action.getValue().fields();
      while (things.hasNext()) {
        Map.Entry<String, JsonNode> thing = things.next();
        JsonNode v = thing.getValue();
        rows.add(
            List.of(
                action.getKey(),
                thing.getKey(),
                v.isArray() ? Integer.toString(v.size()) : "",
                clip(v.isValueNode() ? v.asText() : v.toString(), 600)));
      }
    }
    return rows;
  }

  private static List<List<String>> loginRows(JsonNode snapshot) {
    List<List<String>> rows = new ArrayList<>();
    if (snapshot == null) {
      return rows;
    }
    for (JsonNode e : snapshot.path("loginEvents")) {
      rows.add(
          List.of(
              Instant.ofEpochMilli(e.path("time").asLong()).toString(),
              e.path("type").asText(),
              e.path("clientId").asText(),
              e.path("ipAddress").asText(),
              e.path("sessionId").asText(),
              e.path("error").asText()));
    }
    return rows;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("HIREWALL-1212 sealed snapshot is not JSON", e);
    }
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + " … (full in the sealed snapshot)";
  }

  private static String str(Instant t) {
    return ReportDocument.time(t);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
