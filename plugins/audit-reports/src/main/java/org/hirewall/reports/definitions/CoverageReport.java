package org.hirewall.reports.definitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hirewall.spi.AuditReader;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.GuidanceCatalog;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.ReportDefinition;
import org.hirewall.spi.ReportDocument;
import org.hirewall.spi.ReportDocument.Column;
import org.hirewall.spi.ReportDocument.Layout;
import org.hirewall.spi.ReportParams;

/**
 * Every guidance control with the deployed plugins that enforce it and how many audit records cite
 * it, with a chart of evidence per control family. Controls marked "do not automate" are listed as
 * such: Hirewall never enforces them.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "audit-reports",
    id = "guidance-coverage",
    description = "Every guidance control, the plugins enforcing it and the evidence recorded")
@Enforces({"ir-2.1.4", "XFOR-01"})
public class CoverageReport implements ReportDefinition {

  static final Layout CONTROLS =
      Layout.of(
          "controls",
          new Column("Control", 6),
          new Column("Name", 30),
          new Column("Automation", 7),
          new Column("Enforced by", 14),
          new Column("Audit records", 6));

  @Inject GuidanceCatalog catalog;
  @Inject AuditReader audit;

  @Override
  public String title() {
    return "Guidance coverage";
  }

  @Override
  public String description() {
    return "Each SEAL DPRK guidance control with the plugins that enforce it and the audit"
        + " records that cite it";
  }

  @Override
  public List<ReportDocument.Parameter> parameters() {
    return List.of(
        new ReportDocument.Parameter(
            "family", false, "only controls of one family, e.g. RESP or HIRE"));
  }

  @Override
  public List<Layout> layouts() {
    return List.of(CONTROLS);
  }

  @Override
  public ReportDocument produce(Map<String, String> p) {
    String family = ReportParams.name("family", p.get("family"));
    Map<String, Long> evidence = audit.recordsPerControl();
    List<GuidanceCatalog.Coverage> controls =
        catalog.coverage().stream()
            .filter(c -> family == null || familyOf(c.id()).equalsIgnoreCase(family))
            .toList();
    long enforced = controls.stream().filter(c -> !c.enforcedBy().isEmpty()).count();
    long never = controls.stream().filter(c -> "never".equals(c.automation())).count();
    Map<String, Long> perFamily = new TreeMap<>();
    controls.forEach(
        c -> perFamily.merge(familyOf(c.id()), evidence.getOrDefault(c.id(), 0L), Long::sum));
    List<ReportDocument.Bar> bars =
        perFamily.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(e -> new ReportDocument.Bar(e.getKey(), 0, e.getValue()))
            .toList();
    return new ReportDocument(
        title(),
        family == null ? "All control families" : "Family " + family,
        List.of("ir-2.1.4", "XFOR-01"),
        List.of(
            new ReportDocument.Fact("Controls", Long.toString(controls.size())),
            new ReportDocument.Fact("Enforced by a deployed plugin", Long.toString(enforced)),
            new ReportDocument.Fact(
                "Never automated (guidance: do not automate)", Long.toString(never)),
            new ReportDocument.Fact(
                "Audit records citing these controls",
                Long.toString(
                    controls.stream().mapToLong(c -> evidence.getOrDefault(c.id(), 0L)).sum()))),
        List.of(
            ReportDocument.Section.of(
                    "Controls",
                    CONTROLS.key(),
                    controls.stream()
                        .map(
                            c ->
                                List.of(
                                    c.id(),
                                    c.name(),
                                    "never".equals(c.automation())
                                        ? "do not automate"
                                        : c.automation(),
                                    String.join(", ", c.enforcedBy()),
                                    Long.toString(evidence.getOrDefault(c.id(), 0L))))
                        .toList())
                .withChart(
                    new ReportDocument.Chart("Audit records per control family", "records", bars))),
        CONTROLS.key());
  }

  /** {@code RESP-07} → {@code RESP}; {@code ida-3.1.1} → {@code ida}. */
  static String familyOf(String id) {
    int dash = id.indexOf('-');
    return dash < 0 ? id : id.substring(0, dash);
  }
}
