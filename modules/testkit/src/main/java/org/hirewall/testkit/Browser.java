package org.hirewall.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for console tests: Debian's Chromium, headless at 1280×800, driven through
 * Debian's chromedriver with Selenium (nothing downloaded). {@code .ci/run} installs both; run
 * locally, {@code apt-get install --no-install-recommends chromium chromium-driver}.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  public static Browser start() {
    return start(null);
  }

  /** A browser whose downloads land in {@code downloads} without asking (null: the default). */
  public static Browser start(Path downloads) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "console tests need Debian's chromium and chromium-driver:"
              + " apt-get install --no-install-recommends chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800");
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toAbsolutePath().toString(),
              "download.prompt_for_download",
              false));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Waits up to 30 s for an element that is visible, and returns it. */
  public WebElement await(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits up to 30 s until the element's text contains {@code text}. */
  public void awaitText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Logs in on Keycloak's own login page (the one the console redirects to). */
  public void keycloakLogin(String username, String password) {
    await(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  /**
   * Opens the console at {@code consoleUrl}, logs in on Keycloak's page and waits until the shell
   * has drawn its first view.
   */
  public Browser consoleLogin(String consoleUrl, String username, String password) {
    open(consoleUrl);
    keycloakLogin(username, password);
    await(By.cssSelector("body[data-ready]"));
    return this;
  }

  /** Clicks the element once it is visible. */
  public void click(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.elementToBeClickable(by))
        .click();
  }

  /** Types into the element once it is visible. */
  public void type(By by, CharSequence text) {
    await(by).sendKeys(text);
  }

  /** Waits up to 30 s until {@code condition} holds. */
  public void until(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  /** Runs a script in the page and returns its result. */
  public Object script(String script, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits up to {@code seconds} until the element's text equals {@code text}. */
  public void awaitExactText(By by, String text, int seconds) {
    new WebDriverWait(driver, Duration.ofSeconds(seconds))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> text.equals(d.findElement(by).getText()));
  }

  /** A PNG of the window, written to {@code file}. */
  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
