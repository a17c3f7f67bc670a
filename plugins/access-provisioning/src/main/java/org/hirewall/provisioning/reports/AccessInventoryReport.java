package org.hirewall.provisioning.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hirewall.provisioning.GrantStore;
import org.hirewall.provisioning.RequestStore;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.PluginExtension;
import org.hirewall.spi.ReportDefinition;
import org.hirewall.spi.ReportDocument;
import org.hirewall.spi.ReportDocument.Column;
import org.hirewall.spi.ReportDocument.Layout;
import org.hirewall.spi.ReportParams;
import org.hirewall.spi.VettingStatus;

/**
 * Who holds what in the workforce realm through Hirewall, for access reviews (XIAM-04, ida-3.1.1):
 * every live grant with its risk, the holder's vetting status, who requested and approved it and
 * when it expires, plus the memberships found in Keycloak outside Hirewall (drift, EMPL-11,
 * POST-06). Grants are read a page at a time.
 */
@ApplicationScoped
@PluginExtension(
    plugin = "access-provisioning",
    id = "access-inventory",
    description = "Access inventory: grants, risk, vetting, approver, expiry and drift")
@Enforces({"XIAM-04", "ida-3.1.1", "ORG-01", "EMPL-11", "POST-06"})
public class AccessInventoryReport implements ReportDefinition {

  static final int PAGE = 500;

  static final Layout GRANTS =
      Layout.of(
          "grants",
          new Column("Username", 9),
          new Column("Profile", 9),
          new Column("Entitlement", 12),
          new Column("Risk", 6),
          new Column("State", 5),
          new Column("Vetting", 8),
          new Column("Requested by", 8),
          new Column("Approved by", 8),
          new Column("Granted (UTC)", 11),
          new Column("Expires (UTC)", 11));

  static final Layout DRIFT =
      Layout.of(
          "drift",
          new Column("Username", 10),
          new Column("Entitlement outside Hirewall", 16),
          new Column("Found (UTC)", 10),
          new Column("Reverted (UTC)", 10));

  @Inject GrantStore grants;
  @Inject RequestStore requests;
  @Inject VettingStatus vetting;

  @Override
  public String title() {
    return "Access inventory";
  }

  @Override
  public String description() {
    return "Every live grant in the workforce realm with its risk, the holder's vetting status,"
        + " requester, approver and expiry, and the access found outside Hirewall";
  }

  @Override
  public List<ReportDocument.Parameter> parameters() {
    return List.of(
        new ReportDocument.Parameter("profile", false, "only holders of this access profile"),
        new ReportDocument.Parameter(
            "entitlement", false, "only this entitlement, e.g. group:engineering"));
  }

  @Override
  public List<Layout> layouts() {
    return List.of(GRANTS, DRIFT);
  }

  @Override
  public ReportDocument produce(Map<String, String> p) {
    String profile = ReportParams.name("profile", p.get("profile"));
    String entitlement = ReportParams.name("entitlement", p.get("entitlement"));
    List<GrantStore.HoldingCount> counts = grants.countHoldings(profile, entitlement);
    long total = counts.stream().mapToLong(GrantStore.HoldingCount::grants).sum();
    long privileged =
        counts.stream()
            .filter(GrantStore.HoldingCount::privileged)
            .mapToLong(c -> c.grants())
            .sum();
    // one vetting lookup per holder, not per grant
    Map<String, String> vettingOf = new HashMap<>();
    Iterable<List<String>> rows =
        ReportDocument.<GrantStore.Holding>paged(
            last ->
                grants.holdings(
                    profile,
                    entitlement,
                    last.map(GrantStore.Holding::username).orElse(""),
                    last.map(GrantStore.Holding::grantId).orElse(""),
                    PAGE),
            h ->
                List.of(
                    h.username(),
                    h.profile(),
                    h.entitlement(),
                    h.privileged() ? "PRIVILEGED" : "standard",
                    h.state(),
                    vettingOf.computeIfAbsent(h.subjectId(), this::vetting),
                    h.requestedBy() == null ? "" : h.requestedBy(),
                    h.approvedBy() == null ? h.grantedBy() : h.approvedBy(),
                    ReportDocument.time(h.grantedAt()),
                    ReportDocument.time(h.expiresAt())));
    List<RequestStore.Drift> drift =
        requests.drift().stream()
            .filter(d -> entitlement == null || d.entitlement().equals(entitlement))
            .toList();
    List<ReportDocument.Bar> bars =
        counts.stream()
            .map(
                c ->
                    new ReportDocument.Bar(
                        c.profile() + (c.privileged() ? " · privileged" : " · standard"),
                        0,
                        c.grants()))
            .toList();
    long open = drift.stream().filter(d -> d.revertedAt() == null).count();
    return new ReportDocument(
        title(),
        (profile == null ? "all profiles" : "profile " + profile)
            + (entitlement == null ? "" : ", entitlement " + entitlement),
        List.of("XIAM-04", "ida-3.1.1", "ORG-01", "EMPL-11", "POST-06"),
        List.of(
            new ReportDocument.Fact("Live grants", Long.toString(total)),
            new ReportDocument.Fact("Privileged grants", Long.toString(privileged)),
            new ReportDocument.Fact(
                "Access found outside Hirewall",
                drift.size() + " found, " + open + " not reverted")),
        List.of(
            new ReportDocument.Section("Grants", GRANTS.key(), rows, total, null)
                .withChart(new ReportDocument.Chart("Grants by profile and risk", "grants", bars)),
            ReportDocument.Section.of(
                "Drift: memberships added in Keycloak outside Hirewall",
                DRIFT.key(),
                drift.stream()
                    .map(
                        d ->
                            List.of(
                                d.username(),
                                d.entitlement(),
                                ReportDocument.time(d.foundAt()),
                                d.revertedAt() == null
                                    ? "not reverted"
                                    : ReportDocument.time(d.revertedAt())))
                    .toList())),
        GRANTS.key());
  }

  private String vetting(String subjectId) {
    return vetting
        .summary(subjectId)
        .map(s -> s.status() + " " + s.percentComplete() + " %")
        .orElse("no case");
  }
}
