package org.hirewall.server.console;

import java.nio.file.Path;
import org.hirewall.testkit.Browser;

/**
 * Where the console tests put their screenshots: {@code target/console} by default; {@code
 * -Dhirewall.screenshots=../docs/console} refreshes the ones README links to.
 */
final class Screens {

  static final Path DIR = Path.of(System.getProperty("hirewall.screenshots", "target/console"));

  private Screens() {}

  static void shot(Browser browser, String page) {
    browser.screenshot(DIR.resolve(page + ".png"));
  }
}
