package org.hirewall.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hirewall.server.Workforce;
import org.hirewall.testkit.Browser;
import org.hirewall.testkit.HirewallStack;
import org.hirewall.testkit.Pdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole job through the console in a real browser (Debian's Chromium), each persona logged in
 * on Keycloak's own page: the IT admin vets a new hire (HIRE-02, LIVE-01, INTV-13), the security
 * officer signs off (two-person rule), the IT admin provisions after seeing the plan (XIAM-01), the
 * officer contains from the header in two clicks (RESP-02, RESP-07) and watches the run reach zero
 * access — checked in Keycloak itself — then downloads the incident evidence package (ir-2.1.4) and
 * has the console verify the file. Screenshots of each page go to {@link Screens#DIR}.
 */
@ExtendWith(HirewallStack.class)
class ConsoleJourneyIT {

  static final String XSS = "<img src=x onerror=alert(1)>";

  private final String console = HirewallStack.get().server().url() + "/console/";

  @Test
  void vetSignOffProvisionContainAndVerifyTheIncidentPackage() throws Exception {
    String username = Workforce.name("console-hire");
    String caseUrl = vetANewHire();
    signOff(caseUrl);
    provision(caseUrl, username);

    UserRepresentation user = Workforce.realm().users().search(username, true).get(0);
    assertThat(Workforce.realm().users().get(user.getId()).groups())
        .extracting(g -> g.getName())
        .contains("engineering");

    Path downloads = Files.createTempDirectory("console-downloads");
    try (Browser b = Browser.start(downloads)) {
      b.consoleLogin(console, "security-officer", "security-officer");
      Screens.shot(b, "dashboard-security-officer");
      // two clicks from any page: the header's Contain, then "Contain now" after confirming
      b.click(By.cssSelector("button[data-action='access-revocation/contain-action']"));
      b.type(By.cssSelector("#contain-form [name=usernames]"), username);
      b.type(By.cssSelector("#contain-form [name=reason]"), "Console journey: shared laptop seen");
      b.click(By.cssSelector("#contain-form button[type=submit]"));
      // not confirmed: the form says so beside the checkbox and nothing starts
      b.awaitText(
          By.cssSelector("#contain-form [data-field=confirm] .field-error"), "tick to confirm");
      b.click(By.cssSelector("#contain-form [name=confirm]"));
      b.click(By.cssSelector("#contain-form button[type=submit]"));
      b.awaitExactText(By.id("run-state"), "COMPLETED", 60);
      assertThat(b.await(By.id("zero-access")).getText()).matches("[0-9]+ ms");
      assertThat(Workforce.insiders().remainingAccess(user.getId())).isEmpty();
      Screens.shot(b, "revocation-run");

      // the incident evidence package of this run, produced, downloaded and verified
      b.click(By.id("incident-package-link"));
      b.await(By.name("run"));
      new Select(b.await(By.name("format"))).selectByValue("pdf");
      b.click(By.cssSelector("form button[type=submit]"));
      b.click(By.id("report-download"));
      Path pdf = awaitFile(downloads, "incident-package.pdf");
      assertThat(Pdf.text(Files.readAllBytes(pdf)))
          .contains(username, "Console journey: shared laptop seen");
      WebElement drop = b.driver().findElement(By.cssSelector(".drop input[type=file]"));
      drop.sendKeys(pdf.toAbsolutePath().toString());
      b.awaitText(By.id("verify-verdict"), "Genuine: produced by Hirewall.");
      Screens.shot(b, "reports");
    }
  }

  /** The IT admin's part: the new-subject form, every required check, evidence; the case URL. */
  private String vetANewHire() throws Exception {
    try (Browser b = Browser.start()) {
      b.consoleLogin(console, "it-admin", "it-admin");
      Screens.shot(b, "dashboard-it-admin");
      b.click(By.cssSelector("a[data-view='identity-verification/new-subject-view']"));
      b.type(By.name("legalName"), "Ada " + XSS);
      b.type(By.name("phones"), "+1 555 " + (1_000_000 + (int) (Math.random() * 8_999_999)));
      b.type(By.name("emails"), Workforce.name("ada") + "@example.org");
      b.type(By.name("claimedCountry"), "XX");
      b.type(By.name("offeredSalary"), "120000");
      b.type(By.name("marketBandMin"), "110000");
      b.click(By.cssSelector("#new-subject button[type=submit]"));
      // the server's problem+json shown beside the field it names
      b.awaitText(
          By.cssSelector("[data-field=claimedCountry] .field-error"),
          "an ISO 3166 alpha-2 country code");
      Screens.shot(b, "new-subject-invalid");
      b.await(By.name("claimedCountry")).clear();
      b.type(By.name("claimedCountry"), "US");
      b.click(By.cssSelector("#new-subject button[type=submit]"));

      b.await(By.id("case-status"));
      // a name made of markup is shown as those characters, never run or rendered
      assertThat(b.await(By.tagName("h1")).getText()).contains("Ada " + XSS);
      assertThat(b.script("return document.querySelectorAll('main img').length")).isEqualTo(0L);

      List<String> required =
          b.driver().findElements(By.cssSelector("[data-check]")).stream()
              .map(e -> e.getAttribute("data-check"))
              .toList();
      assertThat(required).contains("liveness", "live-video");
      for (String check : required) {
        if (check.equals("liveness")) {
          b.click(By.id("issue-challenge"));
          WebElement phrase = b.await(By.id("challenge-phrase"));
          assertThat(phrase.getText()).isNotBlank();
          b.script("arguments[0].scrollIntoView({block: 'center'})", phrase);
          Screens.shot(b, "liveness-challenge");
        }
        String before = b.await(By.id("case-percent")).getText();
        new Select(b.await(By.name("checkType"))).selectByValue(check);
        new Select(b.await(By.name("outcome"))).selectByValue("PASS");
        b.click(By.cssSelector("#record-check button[type=submit]"));
        b.until(d -> !before.equals(d.findElement(By.id("case-percent")).getText()));
      }
      assertThat(b.await(By.id("case-percent")).getText()).isEqualTo("100 %");

      Path png = Files.createTempFile("id-beside-face", ".png");
      Files.write(png, png1x1());
      b.driver()
          .findElement(By.cssSelector(".drop input[type=file]"))
          .sendKeys(png.toAbsolutePath().toString());
      b.awaitText(By.id("evidence"), png.getFileName().toString());
      Screens.shot(b, "vetting-case");
      return b.driver().getCurrentUrl();
    }
  }

  private void signOff(String caseUrl) {
    try (Browser b = Browser.start()) {
      b.consoleLogin(console, "security-officer", "security-officer");
      b.open(caseUrl);
      b.click(By.id("sign-off"));
      b.awaitExactText(By.id("case-status"), "PASSED", 30);
    }
  }

  private void provision(String caseUrl, String username) {
    try (Browser b = Browser.start()) {
      b.consoleLogin(console, "it-admin", "it-admin");
      b.open(caseUrl);
      b.click(By.id("provision-link"));
      b.type(By.name("username"), username);
      b.type(By.name("email"), username + "@workforce.example.org");
      b.type(By.name("firstName"), "Ada");
      b.type(By.name("lastName"), "Hire");
      new Select(b.await(By.name("profile"))).selectByValue("engineer");
      b.click(By.cssSelector("#plan-form button[type=submit]"));
      // the change set is shown before anything is applied
      b.awaitText(By.id("plan"), "group:engineering");
      b.click(By.id("apply"));
      b.awaitText(By.id("plan"), "grants live in Keycloak");
      b.awaitText(By.id("grants"), "ACTIVE");
      Screens.shot(b, "provision");
    }
  }

  private static Path awaitFile(Path dir, String name) throws InterruptedException {
    Path file = dir.resolve(name);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file) && !Files.exists(dir.resolve(name + ".crdownload"))) {
        return file;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no download " + name + " in " + dir);
  }

  /** A valid 1×1 PNG: the evidence upload checks the file's signature. */
  private static byte[] png1x1() {
    return java.util.Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  }
}
