package org.hirewall.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.hirewall.testkit.Browser;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The console shell in a real browser (Debian's Chromium): served by the server itself under a
 * strict Content-Security-Policy, it sends the browser to Keycloak's real login page (public client
 * hirewall-console, authorization code with PKCE S256) and comes back signed in, calling the
 * bearer-only API with the token it holds in memory.
 */
@ExtendWith(HirewallStack.class)
class ConsoleIT {

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
      browser.open(HirewallStack.get().server().url() + "/console/");
      // Keycloak's own login page, reached with a PKCE challenge
      assertThat(browser.driver().getCurrentUrl())
          .startsWith(HirewallStack.get().keycloak().realmUrl("hirewall"))
          .contains("client_id=hirewall-console", "code_challenge_method=S256");
      browser.keycloakLogin("it-admin", "it-admin");
      browser.awaitText(By.id("who"), "it-admin (it-admin)");
      assertThat(browser.driver().getCurrentUrl()).startsWith(HirewallStack.get().server().url());
      browser.screenshot(Path.of("target/console/shell.png"));
      // the token lives in the page's memory, never in storage
      Object stored =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript(
                  "return JSON.stringify(Object.assign({}, window.localStorage))"
                      + " + JSON.stringify(Object.assign({}, window.sessionStorage));");
      assertThat(String.valueOf(stored)).doesNotContain("eyJ");
    }
  }
}
