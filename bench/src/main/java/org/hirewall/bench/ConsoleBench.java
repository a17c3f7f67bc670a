package org.hirewall.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewall.testkit.Browser;
import org.openqa.selenium.By;

/**
 * {@code bench/run console}: the console's first page after login, as the browser itself measures
 * it. On the real stack (PostgreSQL, Keycloak, the bootable JAR), a fresh headless Chromium (empty
 * cache) opens the console, logs in on Keycloak's page as {@code -Dpersona=} (security-officer: the
 * most dashboard cards) and waits for the shell's {@code hirewall-ready} mark (the dashboard with
 * every card drawn). From the Resource and Navigation Timing of the page Keycloak redirected back
 * to:
 *
 * <ul>
 *   <li>{@code console_first_load_kb}: bytes transferred from Hirewall up to the ready mark (the
 *       page, scripts, styles, view modules and API answers; the browser hides the sizes of
 *       Keycloak's cross-origin token answer, ~3 KB, which is not counted);
 *   <li>{@code console_ready_ms}: from the start of the fetch of that page (the login redirect
 *       back) to the ready mark;
 *   <li>{@code console_ready_from_submit_ms}: the same from pressing "Sign in" (Keycloak checking
 *       the password included).
 * </ul>
 *
 * The database holds {@code -Dsubjects=} (2,000) vetted subjects first, so the dashboard's vetting
 * funnel has its full 1,000 to count. One warm-up login, then {@code -Druns=} (5) measured ones;
 * medians.
 */
public final class ConsoleBench {

  public static void main(String[] args) throws Exception {
    int runs = Integer.getInteger("runs", 5);
    String persona = System.getProperty("persona", "security-officer");
    int subjects = Integer.getInteger("subjects", 2000);
    try (BenchStack stack = new BenchStack(args, "console")) {
      VettedSubjects.insert(stack.db, "standard", subjects); // the funnel counts the newest 1,000
      String console = stack.server.url() + "/console/";
      List<Double> kb = new ArrayList<>();
      List<Double> ready = new ArrayList<>();
      List<Double> fromSubmit = new ArrayList<>();
      for (int i = -1; i < runs; i++) {
        Map<String, Number> m = once(console, persona);
        if (i >= 0) {
          kb.add(m.get("bytes").doubleValue() / 1024);
          ready.add(m.get("ready").doubleValue());
          fromSubmit.add(m.get("fromSubmit").doubleValue());
          System.err.printf(
              "run %d: %.1f KB, ready %.0f ms (%.0f ms from sign-in)%n",
              i + 1, kb.get(i), ready.get(i), fromSubmit.get(i));
        }
      }
      System.out.printf("console_first_load_kb %.1f KB%n", median(kb));
      System.out.printf("console_ready_ms %.0f ms%n", median(ready));
      System.out.printf("console_ready_from_submit_ms %.0f ms%n", median(fromSubmit));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Number> once(String console, String persona) {
    try (Browser b = Browser.start()) {
      b.open(console);
      b.await(By.id("username")).sendKeys(persona);
      b.driver().findElement(By.id("password")).sendKeys(persona);
      b.driver().findElement(By.id("kc-login")).click();
      b.await(By.cssSelector("body[data-ready]"));
      return (Map<String, Number>)
          b.script(
              "const nav = performance.getEntriesByType('navigation')[0];"
                  + " const ready = performance.getEntriesByName('hirewall-ready')[0].startTime;"
                  + " const own = performance.getEntriesByType('resource')"
                  + "   .filter(r => r.startTime <= ready && r.name.startsWith(location.origin));"
                  + " return { bytes: nav.transferSize + own.reduce((n, r) => n + r.transferSize, 0),"
                  + "   ready: ready - nav.fetchStart, fromSubmit: ready };");
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
