package org.hirewall.verification.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.ReportDefinition;
import org.hirewall.spi.ReportDocument;
import org.hirewall.spi.ReportDocument.Column;
import org.hirewall.spi.ReportDocument.Layout;
import org.hirewall.spi.ReportParams;
import org.hirewall.spi.RuleViolation;
import org.hirewall.spi.VettingStatus;
import org.hirewall.verification.CaseStore;
import org.hirewall.verification.CaseView;
import org.hirewall.verification.CaseViews;
import org.hirewall.verification.EvidenceRecords;
import org.hirewall.verification.FlagStore;
import org.hirewall.verification.Subject;
import org.hirewall.verification.SubjectStore;

/**
 * The vetting dossier of one subject for auditors: every case and every recorded check with its
 * outcome, who and when; the red flags and how they were cleared; evidence files by SHA-256 only
 * (never their content or name); the sign-off; and the DATA-01..18 record with its completeness.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "identity-verification",
    id = "vetting-dossier",
    description = "A subject's vetting dossier: checks, red flags, evidence hashes, sign-off")
@Enforces({"HIRE-01", "ORG-01", "DATA-01", "DATA-18"})
public class VettingDossierReport implements ReportDefinition {

  static final Layout CASES =
      Layout.of(
          "cases",
          new Column("Case", 10),
          new Column("Reason", 8),
          new Column("Tier", 6),
          new Column("Status", 6),
          new Column("Complete", 5),
          new Column("Opened by", 8),
          new Column("Opened (UTC)", 10),
          new Column("Signed off by", 8),
          new Column("Signed off (UTC)", 10));

  static final Layout CHECKS =
      Layout.of(
          "checks",
          new Column("Case", 8),
          new Column("Check", 10),
          new Column("Outcome", 5),
          new Column("Reason", 14),
          new Column("Findings", 20),
          new Column("Recorded by", 8),
          new Column("Recorded (UTC)", 10));

  static final Layout FLAGS =
      Layout.of(
          "flags",
          new Column("Rule", 9),
          new Column("Controls", 8),
          new Column("Summary", 20),
          new Column("Raised (UTC)", 10),
          new Column("State", 5),
          new Column("Cleared by", 8),
          new Column("Cleared (UTC)", 10),
          new Column("Justification", 16));

  static final Layout EVIDENCE =
      Layout.of(
          "evidence",
          new Column("Case", 8),
          new Column("Type", 8),
          new Column("Bytes", 5),
          new Column("SHA-256", 24),
          new Column("Uploaded by", 8),
          new Column("Uploaded (UTC)", 10));

  static final Layout DATA = ReportDocument.DATA_RECORD;

  @Inject SubjectStore subjects;
  @Inject CaseStore cases;
  @Inject CaseViews views;
  @Inject FlagStore flags;
  @Inject EvidenceRecords evidenceRecords;

  @Override
  public String title() {
    return "Vetting dossier";
  }

  @Override
  public String description() {
    return "One subject's vetting: every check with outcome, who and when, red flags and their"
        + " clearing, evidence by SHA-256, sign-off and the DATA-01..18 record";
  }

  @Override
  public List<ReportDocument.Parameter> parameters() {
    return List.of(new ReportDocument.Parameter("subject", true, "the subject id"));
  }

  @Override
  public List<Layout> layouts() {
    return List.of(CASES, CHECKS, FLAGS, EVIDENCE, DATA);
  }

  @Override
  public ReportDocument produce(Map<String, String> p) {
    String id = ReportParams.id("subject", p.get("subject"));
    Subject s = subjects.subject(id).orElseThrow(() -> RuleViolation.notFound("no subject " + id));
    List<CaseView> all = cases.casesOf(id).stream().map(views::of).toList();
    List<List<String>> checkRows = new ArrayList<>();
    List<List<String>> evidenceRows = new ArrayList<>();
    for (CaseView c : all) {
      for (CaseStore.CheckRow r : cases.checks(c.caseId())) {
        checkRows.add(
            List.of(
                shortId(c.caseId()),
                r.checkType(),
                r.outcome(),
                nz(r.reason()),
                nz(r.findings()),
                r.recordedBy(),
                ReportDocument.time(r.recordedAt())));
      }
      for (CaseStore.EvidenceRow e : c.evidence()) {
        evidenceRows.add(
            List.of(
                shortId(c.caseId()),
                e.contentType(),
                Long.toString(e.sizeBytes()),
                e.sha256(),
                e.uploadedBy(),
                ReportDocument.time(e.uploadedAt())));
      }
    }
    List<FlagStore.FlagRow> flagRows = flags.flags(id);
    VettingStatus.EvidenceRecord data =
        evidenceRecords.of(id).orElse(new VettingStatus.EvidenceRecord(id, List.of()));
    CaseView latest = all.isEmpty() ? null : all.get(all.size() - 1);

    List<ReportDocument.Fact> facts = new ArrayList<>();
    facts.add(new ReportDocument.Fact("Subject", s.legalName() + " (" + s.id() + ")"));
    facts.add(new ReportDocument.Fact("Kind", s.kind()));
    facts.add(new ReportDocument.Fact("Claimed country", s.claimedCountry()));
    facts.add(new ReportDocument.Fact("Sourcing channel", s.sourcingChannel()));
    facts.add(
        new ReportDocument.Fact(
            "Latest case",
            latest == null
                ? "none"
                : latest.status() + ", " + latest.percentComplete() + " % of " + latest.tier()));
    facts.add(
        new ReportDocument.Fact(
            "Signed off",
            latest == null || latest.signedOffAt() == null
                ? "not signed off"
                : latest.signedOffBy() + " at " + latest.signedOffAt()));
    facts.add(
        new ReportDocument.Fact(
            "Red flags",
            flagRows.size()
                + " raised, "
                + flagRows.stream().filter(FlagStore.FlagRow::open).count()
                + " open"));
    facts.add(
        new ReportDocument.Fact(
            "DATA-01..18 completeness", data.completeness() + " % of " + data.items().size()));

    ReportDocument.Chart funnel =
        new ReportDocument.Chart(
            "Vetting funnel (latest case)",
            "",
            latest == null
                ? List.of()
                : List.of(
                    new ReportDocument.Bar("required checks", 0, latest.requiredChecks().size()),
                    new ReportDocument.Bar(
                        "passed",
                        0,
                        latest.requiredChecks().size() - latest.missingChecks().size()),
                    new ReportDocument.Bar("red flags raised", 0, flagRows.size()),
                    new ReportDocument.Bar(
                        "red flags open",
                        0,
                        flagRows.stream().filter(FlagStore.FlagRow::open).count())));
    return new ReportDocument(
        title(),
        s.legalName() + " · subject " + s.id(),
        List.of("HIRE-01", "ORG-01", "DATA-01..18"),
        facts,
        List.of(
            ReportDocument.Section.of(
                    "Cases",
                    CASES.key(),
                    all.stream()
                        .map(
                            c ->
                                List.of(
                                    c.caseId(),
                                    c.reason(),
                                    c.tier(),
                                    c.status().name(),
                                    c.percentComplete() + " %",
                                    c.openedBy(),
                                    ReportDocument.time(c.openedAt()),
                                    nz(c.signedOffBy()),
                                    c.signedOffAt() == null
                                        ? ""
                                        : ReportDocument.time(c.signedOffAt())))
                        .toList())
                .withChart(latest == null ? null : funnel),
            ReportDocument.Section.of("Checks, every recorded result", CHECKS.key(), checkRows),
            ReportDocument.Section.of(
                "Red flags and how they were cleared",
                FLAGS.key(),
                flagRows.stream()
                    .map(
                        f ->
                            List.of(
                                f.rule(),
                                f.controls(),
                                f.summary(),
                                ReportDocument.time(f.raisedAt()),
                                f.open() ? "OPEN" : "cleared",
                                nz(f.clearedBy()),
                                f.clearedAt() == null ? "" : ReportDocument.time(f.clearedAt()),
                                nz(f.justification())))
                    .toList()),
            ReportDocument.Section.of("Evidence files (by SHA-256)", EVIDENCE.key(), evidenceRows),
            ReportDocument.Section.of(
                "DATA-01..18 record",
                DATA.key(),
                data.items().stream()
                    .map(
                        i ->
                            ReportDocument.dataRecordRow(
                                i.control(), i.label(), i.present(), i.values()))
                    .toList())),
        CHECKS.key());
  }

  private static String shortId(String id) {
    return id.substring(0, 8);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
