package org.hirewall.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hirewall.spi.VettingStatus.Status;
import org.junit.jupiter.api.Test;

/** How a case's status and progress follow from its records (HIRE-02, ORG-01). */
class CaseStatusTest {

  private static final List<String> REQUIRED = List.of("live-video", "liveness", "osint-review");
  private static long clock;

  private static CaseStore.CheckRow check(String type, String outcome) {
    return new CaseStore.CheckRow(
        "c" + clock,
        "case",
        type,
        outcome,
        null,
        null,
        null,
        null,
        "it-admin",
        Instant.ofEpochSecond(++clock));
  }

  @Test
  void noCheckYetIsNotStartedAndAPartialCaseCountsItsPassedChecks() {
    assertThat(CaseStatus.derive(REQUIRED, List.of(), false, false).status())
        .isEqualTo(Status.NOT_STARTED);
    CaseStatus partial =
        CaseStatus.derive(
            REQUIRED,
            List.of(check("live-video", "PASS"), check("liveness", "NOT_APPLICABLE")),
            false,
            false);
    assertThat(partial.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(partial.percentComplete()).isEqualTo(33);
    assertThat(partial.missing()).containsExactly("liveness", "osint-review");
  }

  @Test
  void theLatestResultOfACheckCounts() {
    CaseStatus redone =
        CaseStatus.derive(
            REQUIRED, List.of(check("liveness", "FAIL"), check("liveness", "PASS")), false, false);
    assertThat(redone.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(redone.latest().get("liveness").outcome()).isEqualTo("PASS");
    assertThat(
            CaseStatus.derive(
                    REQUIRED,
                    List.of(check("liveness", "PASS"), check("liveness", "FAIL")),
                    false,
                    false)
                .status())
        .isEqualTo(Status.FAILED);
  }

  @Test
  void ORG_01_passedOnlyOnceSignedOffAndAnOpenFlagOverridesEverything() {
    List<CaseStore.CheckRow> all =
        List.of(
            check("live-video", "PASS"), check("liveness", "PASS"), check("osint-review", "PASS"));
    CaseStatus complete = CaseStatus.derive(REQUIRED, all, false, false);
    assertThat(complete.percentComplete()).isEqualTo(100);
    assertThat(complete.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(CaseStatus.derive(REQUIRED, all, false, true).status()).isEqualTo(Status.PASSED);
    assertThat(CaseStatus.derive(REQUIRED, all, true, true).status()).isEqualTo(Status.FLAGGED);
  }
}
