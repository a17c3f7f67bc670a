package org.hirewall.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.hirewall.server.Workforce;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.Browser;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console shell in a real browser (Debian's Chromium): served by the server itself under a
 * strict Content-Security-Policy, it sends the browser to Keycloak's real login page (public client
 * hirewall-console, authorization code with PKCE S256) and comes back signed in, calling the
 * bearer-only API with the token it holds in memory. It lists only the views a persona's roles may
 * see; the API refuses the rest whatever the page shows.
 */
@ExtendWith(HirewallStack.class)
class ConsoleIT {

  private final String console = HirewallStack.get().server().url() + "/console/";

  @Test
  void theShellIsServedUnderAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(HirewallStack.get().server().url() + "/console/index.html"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<script type=\"module\" src=\"console.js\">");
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp)
        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
        .contains(HirewallStack.get().keycloak().url())
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void anItAdminSignsInThroughKeycloaksLoginPage() {
    try (Browser browser = Browser.start()) {
      browser.open(console);
      // Keycloak's own login page, reached with a PKCE challenge
      assertThat(browser.driver().getCurrentUrl())
          .startsWith(HirewallStack.get().keycloak().realmUrl("hirewall"))
          .contains("client_id=hirewall-console", "code_challenge_method=S256");
      browser.keycloakLogin("it-admin", "it-admin");
      browser.awaitText(By.id("who"), "it-admin (it-admin)");
      browser.await(By.cssSelector("body[data-ready]"));
      assertThat(browser.driver().getCurrentUrl()).startsWith(HirewallStack.get().server().url());
      // every plugin's views for the role, from GET /api/console/views; no header actions
      assertThat(navigation(browser))
          .contains("Subjects", "New subject", "Provision", "Bulk import", "Revocation runs")
          .doesNotContain("Audit trail", "Reports");
      assertThat(browser.driver().findElements(By.cssSelector("#actions button"))).isEmpty();
      // the dashboard's cards come from the plugins too
      browser.await(By.cssSelector("[data-card='identity-verification/funnel-card'] svg"));
      // the token lives in the page's memory, never in storage
      Object stored =
          browser.script(
              "return JSON.stringify(Object.assign({}, window.localStorage))"
                  + " + JSON.stringify(Object.assign({}, window.sessionStorage));");
      assertThat(String.valueOf(stored)).doesNotContain("eyJ");
    }
  }

  @Test
  void anAuditorSeesNoContainActionAndTheApiStillRefusesThem() {
    try (Browser browser = Browser.start()) {
      browser.consoleLogin(console, "auditor", "auditor");
      assertThat(navigation(browser))
          .contains("Audit trail", "Reports", "Guidance coverage", "Revocation runs")
          .doesNotContain("New subject", "Provision", "Bulk import", "Offboardings");
      assertThat(browser.driver().findElements(By.cssSelector("#actions button"))).isEmpty();
      Screens.shot(browser, "dashboard-auditor");

      browser.click(By.cssSelector("a[data-view='audit-reports/audit-trail-view']"));
      browser.awaitExactText(By.id("chain-intact"), "INTACT", 30);
      browser.await(By.cssSelector("main table"));
      Screens.shot(browser, "audit-trail");
      browser.click(By.cssSelector("a[data-view='audit-reports/coverage-view']"));
      browser.awaitText(By.tagName("main"), "ORG-01");
      Screens.shot(browser, "guidance-coverage");

      // typing the contain view's address leads nowhere, and the API refuses the auditor anyway
      browser.open(console + "#/access-revocation/contain-action");
      browser.awaitText(By.tagName("main"), "No view access-revocation/contain-action");
    }
    Api.Reply refused =
        HirewallStack.get()
            .api()
            .post(
                "/api/revocation/containments",
                "auditor",
                "{\"targets\":[{\"username\":\"someone\"}],\"reason\":\"not allowed\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void RESP_02_containIsKeyboardReachableAndTheConsoleFitsANarrowWindow() {
    try (Browser browser = Browser.start()) {
      browser.consoleLogin(console, "security-officer", "security-officer");
      // from the keyboard: Enter on the header's Contain opens the dialog, the cursor in its
      // first field; Escape closes it again
      browser
          .await(By.cssSelector("button[data-action='access-revocation/contain-action']"))
          .sendKeys(Keys.ENTER);
      browser.until(d -> "usernames".equals(d.switchTo().activeElement().getAttribute("name")));
      assertThat(unlabelled(browser, "#dialog")).isEmpty();
      browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      browser.until(
          d ->
              Boolean.FALSE.equals(
                  browser.script("return document.getElementById('dialog').open")));

      browser.click(By.cssSelector("a[data-view='access-revocation/offboardings-view']"));
      browser.await(By.name("reason"));
      assertThat(unlabelled(browser, "main")).isEmpty();

      // a narrow window: the navigation moves above the page, nothing scrolls sideways
      browser.driver().manage().window().setSize(new Dimension(480, 900));
      browser.open(console + "#/dashboard");
      browser.await(
          By.cssSelector(
              "[data-card='access-revocation/containments-card'] table,"
                  + " [data-card='access-revocation/containments-card'] .empty"));
      Object layout =
          browser.script(
              "const nav = document.getElementById('nav').getBoundingClientRect();"
                  + " const main = document.getElementById('main').getBoundingClientRect();"
                  + " return [nav.bottom <= main.top + 1,"
                  + " document.documentElement.scrollWidth <= window.innerWidth];");
      assertThat(layout).isEqualTo(List.of(true, true));
      Screens.shot(browser, "narrow-window");
    }
  }

  /** Form controls under {@code scope} that no label names. */
  @SuppressWarnings("unchecked")
  private static List<String> unlabelled(Browser browser, String scope) {
    return (List<String>)
        browser.script(
            "return [...document.querySelectorAll(arguments[0] + ' input, ' + arguments[0] + ' select, '"
                + " + arguments[0] + ' textarea')].filter(c => c.type !== 'file' && c.type !== 'hidden'"
                + " && c.labels.length === 0 && !c.getAttribute('aria-label')).map(c => c.name);",
            scope);
  }

  /**
   * With the console client's access tokens living 10 seconds, the console still calls the API 15
   * seconds after login: the expired token was refreshed (the server refuses expired tokens).
   */
  @Test
  void anExpiredTokenIsRefreshed() throws Exception {
    ClientResource client = consoleClient();
    ClientRepresentation rep = client.toRepresentation();
    String before = rep.getAttributes().get("access.token.lifespan");
    rep.getAttributes().put("access.token.lifespan", "10");
    client.update(rep);
    try (Browser browser = Browser.start()) {
      browser.consoleLogin(console, "security-officer", "security-officer");
      Thread.sleep(15_000);
      browser.click(By.cssSelector("a[data-view='identity-verification/subjects-view']"));
      browser.await(By.cssSelector("main table, main .empty"));
      assertThat(browser.driver().findElements(By.cssSelector("main .error"))).isEmpty();
      assertThat(browser.driver().getCurrentUrl()).startsWith(console); // not sent to log in again
    } finally {
      rep.getAttributes().put("access.token.lifespan", before == null ? "" : before);
      client.update(rep);
    }
  }

  private static ClientResource consoleClient() {
    var clients = Workforce.hirewallRealm().clients();
    return clients.get(clients.findByClientId("hirewall-console").get(0).getId());
  }

  private static List<String> navigation(Browser browser) {
    browser.await(By.cssSelector("#nav a[data-view]"));
    return browser.driver().findElements(By.cssSelector("#nav a")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
