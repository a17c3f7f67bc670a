package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.hirewall.spi.VettingStatus.EvidenceItem;
import org.hirewall.spi.VettingStatus.EvidenceRecord;

/**
 * Builds the DATA-01..18 evidence set (the "data collection" list of the guidance) from what
 * vetting recorded: identifiers only masked, evidence files only by SHA-256. Items Hirewall does
 * not record (hire date, company e-mail, laptop) are listed as absent; revocation adds what
 * Keycloak knows.
 */
@ApplicationScoped
public class EvidenceRecords {

  @Inject SubjectStore subjects;
  @Inject CaseStore cases;

  public Optional<EvidenceRecord> of(String subjectId) {
    return subjects.subject(subjectId).map(this::record);
  }

  private EvidenceRecord record(Subject s) {
    List<String[]> ids = subjects.identifiers(s.id());
    List<CaseStore.EvidenceRow> files =
        cases.latestCase(s.id()).map(c -> cases.evidence(c.id())).orElse(List.of());
    List<EvidenceItem> items = new ArrayList<>();
    items.add(item("DATA-01", "full legal name", List.of(s.legalName())));
    items.add(item("DATA-02", "phone number", masked(ids, "PHONE")));
    items.add(item("DATA-03", "e-mail addresses", masked(ids, "EMAIL")));
    items.add(
        item(
            "DATA-04",
            "location",
            Stream.of(s.claimedCity(), s.claimedCountry()).filter(v -> v != null).toList()));
    items.add(item("DATA-05", "LinkedIn", profiles(s, "linkedin")));
    items.add(
        item(
            "DATA-06",
            "Telegram / Discord handles",
            Stream.concat(profiles(s, "telegram").stream(), profiles(s, "discord").stream())
                .toList()));
    items.add(
        item(
            "DATA-07",
            "GitHub accounts",
            Stream.concat(masked(ids, "GITHUB").stream(), profiles(s, "github").stream())
                .distinct()
                .toList()));
    items.add(
        item(
            "DATA-08",
            "résumé / CV (evidence file named cv or resume)",
            hashes(files, f -> f.fileName().toLowerCase(Locale.ROOT).matches(".*(cv|resume).*"))));
    items.add(item("DATA-09", "hire date (not recorded by vetting)", List.of()));
    items.add(item("DATA-10", "sourcing channel", List.of(s.sourcingChannel())));
    items.add(item("DATA-11", "company e-mail issued (from Keycloak)", List.of()));
    items.add(item("DATA-12", "IP addresses", masked(ids, "IP")));
    items.add(item("DATA-13", "laptop shipping address", masked(ids, "SHIPPING_ADDRESS")));
    items.add(
        item(
            "DATA-14",
            "KYC documents (evidence files)",
            hashes(files, f -> f.contentType().equals("application/pdf"))));
    items.add(
        item(
            "DATA-15",
            "photos / screenshots (evidence files)",
            hashes(files, f -> f.contentType().startsWith("image/"))));
    List<String> payment = new ArrayList<>(masked(ids, "WALLET"));
    payment.addAll(masked(ids, "BANK_ACCOUNT"));
    if (!payment.isEmpty() || s.payoutMethod() != null) {
      payment.add(0, "payout method " + s.payoutMethod());
    }
    items.add(item("DATA-16", "payment data", payment));
    items.add(item("DATA-17", "subjects they referred", subjects.referees(s.id())));
    items.add(
        item(
            "DATA-18",
            "referred by",
            s.referrerId() == null ? List.of() : List.of(s.referrerId())));
    return new EvidenceRecord(s.id(), items);
  }

  private static EvidenceItem item(String control, String label, List<String> values) {
    return new EvidenceItem(control, label, !values.isEmpty(), values);
  }

  private static List<String> masked(List<String[]> ids, String kind) {
    return ids.stream().filter(i -> i[0].equals(kind)).map(i -> i[1]).toList();
  }

  private static List<String> profiles(Subject s, String platform) {
    return s.profiles().stream()
        .filter(p -> p.platform().equalsIgnoreCase(platform))
        .map(Subject.Profile::handle)
        .toList();
  }

  private static List<String> hashes(
      List<CaseStore.EvidenceRow> files, java.util.function.Predicate<CaseStore.EvidenceRow> f) {
    return files.stream().filter(f).map(e -> "sha256:" + e.sha256()).toList();
  }
}
