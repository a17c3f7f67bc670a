package org.hirewall.reports.definitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The audit trail of a time range with the result of verifying the whole chain and the signed
 * checkpoints that cover the range (ir-2.1.4 tamper-evident logs, XFOR-01 forensics). Records are
 * read a page at a time, however long the range.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "audit-extract",
    description = "Audit-trail extract for a time range with chain verification and checkpoints")
@Enforces({"ir-2.1.4", "XFOR-01"})
public class AuditExtractReport implements ReportDefinition {

  static final int PAGE = 1_000;

  static final Layout RECORDS =
      Layout.of(
          "records",
          new Column("Seq", 4),
          new Column("Occurred (UTC)", 12),
          new Column("Actor", 8),
          new Column("Role", 7),
          new Column("Action", 12),
          new Column("Subject", 11),
          new Column("Controls", 6),
          new Column("Outcome", 6),
          new Column("Payload SHA-256", 17),
          new Column("Record hash", 17));

  static final Layout CHECKPOINTS =
      Layout.of(
          "checkpoints",
          new Column("Seq", 4),
          new Column("Signed (UTC)", 10),
          new Column("Key id", 8),
          new Column("Record hash", 26),
          new Column("Ed25519 signature", 40));

  @Inject AuditReader audit;

  /** For CDI. */
  public AuditExtractReport() {}

  /** Outside the server (benchmark). */
  public AuditExtractReport(AuditReader audit) {
    this.audit = audit;
  }

  @Override
  public String title() {
    return "Audit-trail extract";
  }

  @Override
  public String description() {
    return "Every audit record of a time range with its hashes, the chain verification result and"
        + " the signed checkpoints covering the range";
  }

  @Override
  public List<ReportDocument.Parameter> parameters() {
    return List.of(
        new ReportDocument.Parameter("from", true, "start, an ISO date or instant (inclusive)"),
        new ReportDocument.Parameter(
            "to", false, "end, an ISO date (inclusive) or instant (exclusive); default now"));
  }

  @Override
  public List<Layout> layouts() {
    return List.of(RECORDS, CHECKPOINTS);
  }

  @Override
  public ReportDocument produce(Map<String, String> p) {
    Instant from = ReportParams.time("from", p.get("from"), false);
    Instant to = p.containsKey("to") ? ReportParams.time("to", p.get("to"), true) : Instant.now();
    if (!to.isAfter(from)) {
      throw RuleViolation.invalid("to", "must be after 'from'");
    }
    AuditReader.ChainCheck chain = audit.verify();
    AuditReader.Span span = audit.span(from, to);
    List<AuditReader.Checkpoint> checkpoints = new ArrayList<>();
    if (span.records() > 0) {
      checkpoints.addAll(audit.checkpoints(span.firstSeq(), span.lastSeq(), 10_000));
      // the first checkpoint after the range signs a head that chains to every record in it
      checkpoints.addAll(audit.checkpoints(span.lastSeq() + 1, Long.MAX_VALUE, 1));
    }
    Iterable<List<String>> records =
        ReportDocument.<AuditReader.Entry>paged(
            last ->
                span.records() == 0
                    ? List.of()
                    : audit.between(
                        from,
                        to,
                        last.map(AuditReader.Entry::seq).orElse(span.firstSeq() - 1),
                        span.lastSeq(),
                        PAGE),
            e ->
                List.of(
                    Long.toString(e.seq()),
                    ReportDocument.time(e.occurredAt()),
                    e.actor(),
                    e.actorRole(),
                    e.action(),
                    e.subject(),
                    String.join(",", e.controls()),
                    e.outcome(),
                    e.payloadDigest(),
                    e.recordHash()));
    return new ReportDocument(
        title(),
        from + " to " + to,
        List.of("ir-2.1.4", "XFOR-01"),
        List.of(
            new ReportDocument.Fact("Range (UTC)", from + " – " + to),
            new ReportDocument.Fact("Records in range", Long.toString(span.records())),
            new ReportDocument.Fact(
                "Sequence numbers",
                span.records() == 0 ? "none" : span.firstSeq() + " – " + span.lastSeq()),
            new ReportDocument.Fact(
                "Chain verification",
                chain.intact()
                    ? "INTACT: "
                        + chain.recordsChecked()
                        + " records and "
                        + chain.checkpointsChecked()
                        + " signed checkpoints checked, head "
                        + chain.lastSeq()
                    : "BROKEN at record " + chain.firstBrokenSeq() + ": " + chain.problem()),
            new ReportDocument.Fact(
                "Newest signed checkpoint",
                chain.lastCheckpointSeq() == 0
                    ? "none yet"
                    : "seq " + chain.lastCheckpointSeq() + " (" + chain.lastSeq() + " head)"),
            new ReportDocument.Fact(
                "How to check",
                "Each record hash is SHA-256 over the record and the previous hash;"
                    + " each checkpoint signs (seq, record hash) with the server's Ed25519 key")),
        List.of(
            new ReportDocument.Section(
                "Audit records", RECORDS.key(), records, span.records(), null),
            ReportDocument.Section.of(
                "Signed checkpoints covering the range",
                CHECKPOINTS.key(),
                checkpoints.stream()
                    .map(
                        c ->
                            List.of(
                                Long.toString(c.seq()),
                                ReportDocument.time(c.signedAt()),
                                c.keyId(),
                                c.recordHash(),
                                c.signature()))
                    .toList())),
        RECORDS.key());
  }
}
