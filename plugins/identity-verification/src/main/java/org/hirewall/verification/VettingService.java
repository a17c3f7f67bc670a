package org.hirewall.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.AuditLog;
import org.hirewall.spi.RuleViolation;

/**
 * Vetting cases from opening to sign-off. Every change and every refusal is audited; each method is
 * one transaction, and a refusal ({@link RuleViolation}) is decided before anything is written, so
 * the transaction commits only its audit record (nothing half-written).
 */
@ApplicationScoped
public class VettingService {

  static final List<String> CASE_CONTROLS = List.of("ORG-01", "HIRE-04", "DATA-01");

  @Inject SubjectStore subjects;
  @Inject CaseStore cases;
  @Inject FlagStore flags;
  @Inject VerificationPolicy policy;
  @Inject EvidenceVault vault;
  @Inject ConsistencyRunner consistency;
  @Inject AuditLog audit;
  @Inject CaseViews views;

  private final Clock clock = Clock.systemUTC();

  // ---- subjects and cases

  @Transactional
  public CaseView createSubject(
      Subject subject, List<Subject.Identifier> identifiers, String tier, String actor) {
    requireTier(tier);
    if (subject.referrerId() != null && subjects.subject(subject.referrerId()).isEmpty()) {
      throw RuleViolation.invalid("referrerId", "no subject with this id");
    }
    subjects.insertSubject(subject, identifiers);
    audit.record(
        new AuditEvent(
            "vetting.subject.created",
            "subject:" + subject.id(),
            List.of("DATA-01", "DATA-10", "DATA-18"),
            "success",
            subject.toString()));
    String caseId = open(subject.id(), tier, "hiring", actor);
    consistency.run(subject.id());
    return caseView(caseId);
  }

  /** Opens a new case for an existing subject, e.g. to re-verify staff (INTV-01, RESP-09). */
  @Transactional
  public CaseView openCase(String subjectId, String tier, String reason, String actor) {
    requireTier(tier);
    subjects
        .subject(subjectId)
        .orElseThrow(() -> RuleViolation.notFound("no subject " + subjectId));
    String caseId = open(subjectId, tier, reason, actor);
    consistency.run(subjectId);
    return caseView(caseId);
  }

  private String open(String subjectId, String tier, String reason, String actor) {
    String caseId = UUID.randomUUID().toString();
    cases.insertCase(
        new CaseStore.CaseRow(caseId, subjectId, tier, reason, actor, clock.instant(), null, null));
    audit.record(
        new AuditEvent(
            "vetting.case.opened",
            "case:" + caseId,
            CASE_CONTROLS,
            "success",
            subjectId + "|" + tier + "|" + reason));
    return caseId;
  }

  // ---- recorded checks

  @Transactional(dontRollbackOn = RuleViolation.class)
  public CaseStore.CheckRow recordCheck(
      String caseId,
      String checkType,
      String outcome,
      String reason,
      String notes,
      String findings,
      String challengeId,
      String actor) {
    CaseStore.CaseRow k = requireCase(caseId);
    VerificationPolicy.CheckType type =
        policy
            .check(checkType)
            .orElseThrow(
                () ->
                    RuleViolation.invalid(
                        "checkType",
                        "unknown check; known: "
                            + policy.checks().keySet().stream().sorted().toList()));
    if (k.signedOffAt() != null) {
      throw RuleViolation.refused(
          "the case is signed off; open a new case to re-verify", "INTV-01");
    }
    if ("NOT_APPLICABLE".equals(outcome) && (reason == null || reason.isBlank())) {
      throw RuleViolation.invalid("reason", "a check that does not apply needs a reason");
    }
    Instant now = clock.instant();
    if (type.needsChallenge()) {
      if (challengeId == null || challengeId.isBlank()) {
        throw RuleViolation.invalid(
            "challengeId", "this check is recorded against a liveness challenge");
      }
      if (!cases.consumeChallenge(challengeId, caseId, now)) {
        audit.record(
            new AuditEvent(
                "vetting.challenge.refused",
                "case:" + caseId,
                type.controls(),
                "refused",
                challengeId));
        throw RuleViolation.refused(
            "the liveness challenge is unknown, already used or expired; issue a new one",
            "LIVE-02");
      }
    }
    CaseStore.CheckRow row =
        new CaseStore.CheckRow(
            UUID.randomUUID().toString(),
            caseId,
            checkType,
            outcome,
            reason,
            notes,
            findings,
            challengeId,
            actor,
            now);
    cases.insertCheck(row);
    audit.record(
        new AuditEvent(
            "vetting.check.recorded", "case:" + caseId, type.controls(), outcome, row.toString()));
    return row;
  }

  /** Issues a one-time liveness challenge, valid for the policy's minutes (LIVE-01..03). */
  @Transactional
  public Challenge issueChallenge(String caseId, String actor) {
    requireCase(caseId);
    String phrase;
    do {
      phrase = ChallengePhrases.phrase();
    } while (cases.phraseUsedBefore(Sha256.of(phrase)));
    Instant now = clock.instant();
    CaseStore.ChallengeRow row =
        new CaseStore.ChallengeRow(
            UUID.randomUUID().toString(),
            caseId,
            String.join(",", ChallengePhrases.moves()),
            actor,
            now,
            now.plus(policy.challengeValidity()),
            null);
    cases.insertChallenge(row, Sha256.of(phrase));
    audit.record(
        new AuditEvent(
            "vetting.challenge.issued",
            "case:" + caseId,
            List.of("LIVE-01", "LIVE-02", "LIVE-03"),
            "success",
            row.id()));
    return new Challenge(row.id(), phrase, List.of(row.moves().split(",")), row.expiresAt());
  }

  /** What the interviewer shows the person: say the phrase, then make the moves in this order. */
  public record Challenge(
      String challengeId, String phrase, List<String> moves, Instant expiresAt) {}

  // ---- evidence

  public static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
  static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
          "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          "application/pdf", new byte[] {'%', 'P', 'D', 'F'});

  @Transactional
  public CaseStore.EvidenceRow addEvidence(
      String caseId, String fileName, String contentType, byte[] content, String actor) {
    requireCase(caseId);
    if (content.length == 0 || content.length > MAX_EVIDENCE_BYTES) {
      throw RuleViolation.invalid("file", "evidence must be 1 byte to 10 MiB");
    }
    byte[] magic = SIGNATURES.get(contentType);
    if (magic == null) {
      throw RuleViolation.invalid(
          "Content-Type", "accepted: " + SIGNATURES.keySet().stream().sorted().toList());
    }
    if (content.length < magic.length
        || !java.util.Arrays.equals(java.util.Arrays.copyOf(content, magic.length), magic)) {
      throw RuleViolation.invalid("file", "the content is not a " + contentType + " file");
    }
    String sha256 = Sha256.of(content);
    EvidenceVault.Sealed sealed = vault.encrypt(content, caseId + "|" + sha256);
    CaseStore.EvidenceRow row =
        new CaseStore.EvidenceRow(
            UUID.randomUUID().toString(),
            caseId,
            fileName,
            contentType,
            content.length,
            sha256,
            actor,
            clock.instant());
    cases.insertEvidence(row, sealed.nonce(), sealed.ciphertext());
    audit.record(
        new AuditEvent(
            "vetting.evidence.added",
            "case:" + caseId + "/evidence:" + sha256,
            List.of("DATA-14", "DATA-15", "XFOR-01"),
            "success",
            row.toString()));
    return row;
  }

  // ---- red flags

  @Transactional
  public FlagStore.FlagRow clearFlag(String flagId, String justification, String actor) {
    FlagStore.FlagRow f =
        flags.flag(flagId).orElseThrow(() -> RuleViolation.notFound("no red flag " + flagId));
    if (!f.open()) {
      throw RuleViolation.refused("the red flag was cleared already", "EMPL-04");
    }
    flags.clearFlag(flagId, actor, clock.instant(), justification);
    audit.record(
        new AuditEvent(
            "vetting.flag.cleared",
            "subject:" + f.subjectId(),
            List.of(f.controls().split(",")),
            "success",
            flagId + "|" + justification));
    return flags.flag(flagId).orElseThrow();
  }

  // ---- sign-off

  /**
   * Passes the case: every required check passed, no open red flag, and the signer recorded none of
   * the checks (two-person rule). A refusal is audited.
   */
  @Transactional(dontRollbackOn = RuleViolation.class)
  public CaseView signOff(String caseId, String actor) {
    CaseView view = caseView(caseId);
    String refusal = null;
    if (view.signedOffAt() != null) {
      refusal = "the case is signed off already";
    } else if (!view.missingChecks().isEmpty()) {
      refusal = "required checks not passed: " + view.missingChecks();
    } else if (!view.openFlags().isEmpty()) {
      refusal = view.openFlags().size() + " red flag(s) open";
    } else if (view.checks().stream().anyMatch(c -> c.recordedBy().equals(actor))) {
      refusal = "the signer recorded checks of this case; a second person must sign off";
    }
    if (refusal != null) {
      audit.record(
          new AuditEvent(
              "vetting.case.sign-off.refused",
              "case:" + caseId,
              CASE_CONTROLS,
              "refused",
              refusal));
      throw RuleViolation.refused(refusal, "ORG-01", "XIAM-01");
    }
    cases.signOff(caseId, actor, clock.instant());
    audit.record(
        new AuditEvent(
            "vetting.case.signed-off",
            "case:" + caseId,
            CASE_CONTROLS,
            "success",
            caseId + "|" + actor));
    return caseView(caseId);
  }

  // ---- reading

  public CaseView caseView(String caseId) {
    return views.of(requireCase(caseId));
  }

  /** The newest case of a subject, or empty when the subject has none. */
  public java.util.Optional<CaseView> latestCase(String subjectId) {
    return cases.latestCase(subjectId).map(views::of);
  }

  /** The newest case of a subject without its evidence list (see {@link CaseViews#statusOf}). */
  public java.util.Optional<CaseView> latestStatus(String subjectId) {
    return cases.latestCase(subjectId).map(views::statusOf);
  }

  private CaseStore.CaseRow requireCase(String caseId) {
    return cases.caseById(caseId).orElseThrow(() -> RuleViolation.notFound("no case " + caseId));
  }

  private void requireTier(String tier) {
    if (!policy.tiers().contains(tier)) {
      throw RuleViolation.invalid("tier", "unknown tier; known: " + policy.tiers());
    }
  }
}
