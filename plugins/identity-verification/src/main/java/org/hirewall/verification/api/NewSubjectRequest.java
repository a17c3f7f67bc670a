package org.hirewall.verification.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hirewall.spi.validation.CountryCode;
import org.hirewall.spi.validation.IpAddress;
import org.hirewall.spi.validation.KnownTimeZone;

/**
 * A new subject to vet: the identity record of DATA-01..18 as the IT admin enters it. Nothing here
 * asks for or stores ethnicity, age, sex, accent or name origin.
 */
public record NewSubjectRequest(
    @NotNull(message = "CANDIDATE or STAFF") Kind kind,
    @NotBlank @Size(max = 200) String legalName,
    @NotEmpty @Size(max = 5)
        List<
                @NotBlank
                @Pattern(
                    regexp = "\\+?[0-9 ()./-]{7,24}",
                    message = "a phone number, digits with optional + ( ) - . /")
                String>
            phones,
    @NotEmpty @Size(max = 5) List<@NotBlank @Email @Size(max = 320) String> emails,
    @Size(max = 120) String claimedCity,
    @NotNull @CountryCode String claimedCountry,
    @Size(max = 64) @KnownTimeZone String timeZone,
    @Size(max = 10) List<@Valid @NotNull ProfileRequest> profiles,
    @Size(max = 5)
        List<
                @NotBlank
                @Pattern(
                    regexp = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",
                    message = "a GitHub user name")
                String>
            githubAccounts,
    @NotNull SourcingChannel sourcingChannel,
    @Pattern(regexp = "[0-9a-f-]{36}", message = "the id of an existing subject") String referrerId,
    @NotNull PayoutMethod payoutMethod,
    @Size(max = 200) String payoutHolder,
    @Size(min = 4, max = 64) String bankAccount,
    @Pattern(regexp = "[A-Za-z0-9:]{20,120}", message = "an on-chain address") String wallet,
    @Size(min = 5, max = 400) String shippingAddress,
    @CountryCode String documentCountry,
    @Size(min = 4, max = 64) String documentNumber,
    @Size(max = 10) List<@NotBlank @Size(max = 45) @IpAddress String> ipAddresses,
    @PositiveOrZero Long offeredSalary,
    @Positive Long marketBandMin,
    @Positive Long marketBandMax,
    @NotBlank @Size(max = 20) String tier) {

  public enum Kind {
    CANDIDATE,
    STAFF
  }

  /** How the person reached us (CHAN-00..07, DATA-10). */
  public enum SourcingChannel {
    JOB_PORTAL,
    DIRECT_OUTREACH,
    OPEN_SOURCE,
    REFERRAL,
    RECRUITER,
    BOUNTY_OR_HACKATHON,
    AGENCY,
    OTHER
  }

  /** How they want to be paid (DATA-16). */
  public enum PayoutMethod {
    PAYROLL,
    BANK_TRANSFER,
    CRYPTO,
    THIRD_PARTY
  }

  /** A profile given on another platform. */
  public record ProfileRequest(
      @NotBlank @Size(max = 40) String platform,
      @NotBlank @Size(max = 200) String handle,
      @Size(max = 200) String displayName,
      @Email @Size(max = 320) String email) {}

  /** A profile listed twice would be one row twice; names the second one. */
  @AssertTrue(message = "each profile (platform and handle) may be listed once")
  public boolean isEachProfileListedOnce() {
    return profiles == null
        || profiles.stream()
                .filter(java.util.Objects::nonNull)
                .map(p -> p.platform() + "\u0000" + p.handle())
                .distinct()
                .count()
            == profiles.stream().filter(java.util.Objects::nonNull).count();
  }

  @AssertTrue(message = "a crypto payout needs the wallet address")
  public boolean isWalletGivenForCrypto() {
    return payoutMethod != PayoutMethod.CRYPTO || wallet != null;
  }

  @AssertTrue(message = "a bank payout needs the account")
  public boolean isAccountGivenForBankTransfer() {
    return payoutMethod != PayoutMethod.BANK_TRANSFER || bankAccount != null;
  }

  @AssertTrue(message = "a referral names the referrer")
  public boolean isReferrerGivenForReferral() {
    return sourcingChannel != SourcingChannel.REFERRAL || referrerId != null;
  }

  @AssertTrue(message = "the band's maximum must not be below its minimum")
  public boolean isMarketBandOrdered() {
    return marketBandMin == null || marketBandMax == null || marketBandMax >= marketBandMin;
  }
}
