package org.hirewall.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hirewall.spi.VettingStatus;
import org.hirewall.verification.Identifiers;
import org.hirewall.verification.Subject;
import org.hirewall.verification.VettingService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container: the {@link VettingStatus} SPI that provisioning asks — nothing before a passed
 * case, nothing privileged unless the case was vetted against the privileged tier (ORG-01).
 */
@ExtendWith(ArquillianExtension.class)
class VettingStatusIT {

  @Deployment
  static WebArchive deployment() throws Exception {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "vetting-status.war")
            .merge(
                ShrinkWrap.createFromZipFile(
                    WebArchive.class, new File(System.getProperty("hirewall.it.war"))));
    war.delete("WEB-INF/web.xml");
    war.setWebXML(
        new StringAsset(
            "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>"));
    return war.addClass(VettingStatusIT.class)
        .addAsLibrary(
            new File(
                org.assertj.core.api.Assertions.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI()));
  }

  @Inject VettingStatus status;
  @Inject VettingService service;

  private String passedSubject(String tier) {
    String id = UUID.randomUUID().toString();
    Subject s =
        new Subject(
            id,
            "CANDIDATE",
            "Robin Vale",
            "Austin",
            "US",
            "America/Chicago",
            "US",
            "JOB_PORTAL",
            null,
            "PAYROLL",
            null,
            100_000L,
            90_000L,
            120_000L,
            Instant.now(),
            "it-admin",
            List.of());
    String caseId =
        service
            .createSubject(
                s,
                List.of(new Subject.Identifier(Identifiers.Kind.EMAIL, id + "@example.org")),
                tier,
                "it-admin")
            .caseId();
    for (String check : service.caseView(caseId).requiredChecks()) {
      String challenge =
          check.equals("liveness")
              ? service.issueChallenge(caseId, "it-admin").challengeId()
              : null;
      service.recordCheck(caseId, check, "PASS", null, null, null, challenge, "it-admin");
    }
    assertThat(status.mayReceive(id, false)).as("before sign-off").isFalse();
    service.signOff(caseId, "security-officer");
    return id;
  }

  @Test
  void ORG_01_nothingForAnUnknownSubject() {
    assertThat(status.summary("no-such-subject")).isEmpty();
    assertThat(status.mayReceive("no-such-subject", false)).isFalse();
  }

  @Test
  void ORG_01_aPassedStandardCaseAllowsOrdinaryAccessOnly() {
    String id = passedSubject("standard");
    VettingStatus.Summary s = status.summary(id).orElseThrow();
    assertThat(s.status()).isEqualTo(VettingStatus.Status.PASSED);
    assertThat(s.percentComplete()).isEqualTo(100);
    assertThat(status.mayReceive(id, false)).isTrue();
    assertThat(status.mayReceive(id, true)).isFalse();
  }

  @Test
  void ORG_01_aPassedPrivilegedCaseAllowsPrivilegedAccess() {
    String id = passedSubject("privileged");
    assertThat(status.mayReceive(id, true)).isTrue();
  }
}
