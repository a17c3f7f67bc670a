package org.hirewall.verification;

import java.time.Instant;
import java.util.List;

/**
 * The identity record of a person being vetted (DATA-01..18): what they claim, how they came to us,
 * how they want to be paid. Identifiers compared across subjects are kept separately, hashed.
 */
public record Subject(
    String id,
    String kind,
    String legalName,
    String claimedCity,
    String claimedCountry,
    String timeZone,
    String documentCountry,
    String sourcingChannel,
    String referrerId,
    String payoutMethod,
    String payoutHolder,
    Long offeredSalary,
    Long marketBandMin,
    Long marketBandMax,
    Instant createdAt,
    String createdBy,
    List<Profile> profiles) {

  /** A profile the subject gave on another platform (LinkedIn, GitHub, Telegram, ...). */
  public record Profile(String platform, String handle, String displayName, String email) {}

  /** An identifier as given, before hashing. */
  public record Identifier(Identifiers.Kind kind, String value) {}
}
