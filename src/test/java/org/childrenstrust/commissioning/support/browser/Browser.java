package org.childrenstrust.commissioning.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through ChromeDriver, with a profile of its own (fresh cookies and
 * local storage). Nothing is downloaded: the browser and the driver are the ones installed on the
 * machine ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; override with the system
 * properties {@code browser.binary} and {@code browser.driver}), so Selenium Manager never runs.
 *
 * <p>Tests normally get one as a parameter from {@link BrowserExtension}, which also saves a
 * screenshot, the page source and the browser console to {@code target/browser-failures/} when
 * the test fails. Used on its own it is {@link AutoCloseable}.
 *
 * <p>Waiting is always explicit ({@link #waitUntil}); the default timeout is 30 seconds
 * ({@code browser.timeoutSeconds}), generous for a busy two-core build machine: waits end as soon
 * as their condition holds.
 */
public final class Browser implements AutoCloseable {

  public static final String BINARY = System.getProperty("browser.binary", "/usr/bin/chromium");
  public static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");
  public static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("browser.timeoutSeconds", 30));
  /** How often waits look again; the checks are cheap scripts, and Tasklist reacts in milliseconds. */
  public static final Duration POLL = Duration.ofMillis(100);
  /** Where failure captures go, relative to the working directory (the module under Maven). */
  public static final Path FAILURES = Paths.get("target", "browser-failures");

  /**
   * Selenium 4.40 knows the DevTools protocol up to Chromium 144 and warns on every start against
   * the installed 156; nothing here uses DevTools. (Held here: the JDK keeps loggers weakly.)
   */
  private static final List<java.util.logging.Logger> QUIET = List.of(
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
      java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;

  public Browser() {
    try {
      profile = Files.createTempDirectory("browser-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException("No temporary directory for the browser profile", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort()
        .build();
    ChromeDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile();
      throw e;
    }
    driver = started;
    driver.manage().timeouts().scriptTimeout(TIMEOUT);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /**
   * Waits until the condition returns something other than {@code null} or {@code false}; stale
   * and missing elements met on the way count as "not yet" (AngularJS re-renders lists).
   */
  public <T> T waitUntil(String description, Function<WebDriver, T> condition) {
    return waitUntil(description, TIMEOUT, condition);
  }

  public <T> T waitUntil(String description, Duration timeout, Function<WebDriver, T> condition) {
    return waitUntil(description, timeout, condition, () -> "");
  }

  /** As {@link #waitUntil(String, Function)}; {@code detail} says what was seen last when it times out. */
  public <T> T waitUntil(String description, Function<WebDriver, T> condition, Supplier<String> detail) {
    return waitUntil(description, TIMEOUT, condition, detail);
  }

  public <T> T waitUntil(String description, Duration timeout, Function<WebDriver, T> condition,
      Supplier<String> detail) {
    WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
    wait.withMessage(() -> {
      String seen = detail.get();
      return "waiting for " + description + (seen == null || seen.isEmpty() ? "" : " (last seen: " + seen + ")");
    });
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(NoSuchElementException.class);
    return wait.until(condition);
  }

  /** Runs JavaScript in the page; returns what the script returns. */
  @SuppressWarnings("unchecked")
  public <T> T script(String script, Object... args) {
    return (T) ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Runs asynchronous JavaScript: the script calls {@code arguments[arguments.length - 1]}. */
  @SuppressWarnings("unchecked")
  public <T> T asyncScript(String script, Object... args) {
    return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  /** Scrolls the element to the middle of the view (clear of Tasklist's fixed footer) and clicks it. */
  public void click(WebElement element) {
    scrollToCentre(element);
    element.click();
  }

  public void scrollToCentre(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
  }

  /**
   * Saves {@code <name>-<n>.png}, {@code .html} (the live DOM) and {@code .log} (the browser
   * console) under {@link #FAILURES}, n being the first free number; returns the screenshot's path.
   */
  public Path capture(String name) {
    try {
      Files.createDirectories(FAILURES);
      String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
      int n = 1;
      while (Files.exists(FAILURES.resolve(safe + "-" + n + ".png"))) {
        n++;
      }
      String base = safe + "-" + n;
      Path png = FAILURES.resolve(base + ".png");
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      String dom;
      try {
        dom = script("return document.documentElement.outerHTML;");
      } catch (RuntimeException e) {
        dom = driver.getPageSource();
      }
      Files.writeString(FAILURES.resolve(base + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + dom, StandardCharsets.UTF_8);
      List<String> console = new ArrayList<>();
      console.add("URL: " + driver.getCurrentUrl());
      try {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
          console.add(entry.toString());
        }
      } catch (RuntimeException e) {
        console.add("(browser console not available: " + e.getMessage() + ")");
      }
      Files.write(FAILURES.resolve(base + ".log"), console, StandardCharsets.UTF_8);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the browser capture " + name, e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a temporary directory; the OS cleans up what is left
    }
  }
}
