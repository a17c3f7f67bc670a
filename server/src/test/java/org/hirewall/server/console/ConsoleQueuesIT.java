package org.hirewall.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hirewall.server.Workforce;
import org.hirewall.server.provisioning.Vetted;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.Browser;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The work queues in a real browser: the security officer clears a red flag from the queue with a
 * written justification (RESP-03), the IT admin drops an HR file, reads its dry run and watches the
 * import apply the valid rows in Keycloak (XIAM-01).
 */
@ExtendWith(HirewallStack.class)
class ConsoleQueuesIT {

  private final Api api = HirewallStack.get().api();
  private final String console = HirewallStack.get().server().url() + "/console/";

  @Test
  void RESP_03_anOfficerClearsARedFlagFromTheQueueWithAJustification() {
    String name = "Flagged " + Workforce.name("queue");
    Api.Reply created =
        api.post(
            "/api/vetting/subjects",
            "it-admin",
            "{\"kind\":\"CANDIDATE\",\"legalName\":\""
                + name
                + "\",\"phones\":[\"+1 555 "
                + (1_000_000 + (int) (Math.random() * 8_999_999))
                + "\"],\"emails\":[\""
                + Workforce.name("q")
                + "@example.org\"],\"claimedCountry\":\"US\",\"documentCountry\":\"RU\","
                + "\"sourcingChannel\":\"JOB_PORTAL\",\"payoutMethod\":\"PAYROLL\","
                + "\"tier\":\"standard\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode flag = created.json().get("flags").get(0);
    By panel = By.cssSelector("[data-flag='" + flag.get("id").asText() + "']");

    try (Browser b = Browser.start()) {
      b.consoleLogin(console, "security-officer", "security-officer");
      b.click(By.cssSelector("a[data-view='identity-verification/flag-queue-view']"));
      assertThat(b.await(panel).getText()).contains(name, "RU", "IDPT-03");
      Screens.shot(b, "red-flags");
      b.driver()
          .findElement(panel)
          .findElement(By.cssSelector("textarea[name=justification]"))
          .sendKeys("too short");
      b.driver().findElement(panel).findElement(By.cssSelector("button[type=submit]")).click();
      b.awaitText(
          By.cssSelector("[data-flag='" + flag.get("id").asText() + "'] .field-error"),
          "a written justification of 20 to 2000 characters");
      b.driver()
          .findElement(panel)
          .findElement(By.cssSelector("textarea"))
          .sendKeys(" — the document was checked in person, dual national");
      b.driver().findElement(panel).findElement(By.cssSelector("button[type=submit]")).click();
      b.until(d -> d.findElements(panel).isEmpty());
    }
    JsonNode flags =
        api.get("/api/vetting/subjects/" + created.json().get("subjectId").asText(), "auditor")
            .json()
            .get("latestCase")
            .get("flags");
    assertThat(flags.get(0).get("clearedBy").asText()).isEqualTo("security-officer");
    assertThat(flags.get(0).get("justification").asText()).contains("dual national");
  }

  @Test
  void XIAM_01_anItAdminImportsAnHrFileAfterItsDryRun() throws Exception {
    String subject = Vetted.passed(api, "Imported Person", "standard");
    String username = Workforce.name("imported");
    Path csv = Files.createTempFile("hr-", ".csv");
    Files.writeString(
        csv,
        "subject_id,username,email,first_name,last_name,profile\n"
            + subject
            + ","
            + username
            + ","
            + username
            + "@example.org,Imported,Person,engineer\n"
            + subject
            + ",other-"
            + username
            + ",x@example.org,No,Profile,no-such-profile\n");

    try (Browser b = Browser.start()) {
      b.consoleLogin(console, "it-admin", "it-admin");
      b.click(By.cssSelector("a[data-view='access-provisioning/import-view']"));
      b.await(By.cssSelector(".drop"));
      b.driver()
          .findElement(By.cssSelector(".drop input[type=file]"))
          .sendKeys(csv.toAbsolutePath().toString());
      b.awaitText(By.id("import-report"), "2 rows, 1 with problems");
      assertThat(Workforce.realm().users().search(username, true)).isEmpty(); // a dry run only
      b.click(By.id("import-start"));
      b.awaitText(By.id("import-progress"), "DONE: 1 applied");
      Screens.shot(b, "bulk-import");
    }
    assertThat(Workforce.realm().users().search(username, true)).hasSize(1);
  }
}
