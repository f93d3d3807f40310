package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver. Selenium Manager is never asked to download a browser:
 * the driver's path is given. Where Chromium is missing the browser tests skip, except under CI, where they fail.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of(System.getProperty("newsgraph.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private Browser(ChromeDriver driver, Path profile, int port) {
    this.driver = driver;
    this.profile = profile;
    this.base = "http://127.0.0.1:" + port;
  }

  /** A headless browser for the server on {@code port}, or a skipped test where Chromium is not installed. */
  public static Browser open(int port) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!installed) {
      String missing = "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
          + "): apt-get install chromium chromium-driver";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("under CI the browser tests must run; " + missing);
      }
      Assumptions.abort("skipped: " + missing);
    }
    try {
      Path profile = Files.createTempDirectory("newsgraph-chromium");
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort().build();
      return new Browser(new ChromeDriver(service, options), profile, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /** Saves a screenshot as {@code NAME.png} into the folder given by {@code -Dnewsgraph.screenshots}, if any. */
  public void screenshot(String name) {
    String folder = System.getProperty("newsgraph.screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    try {
      Path target = Path.of(folder).resolve(name + ".png");
      Files.createDirectories(target.getParent());
      Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A profile folder left in the temporary directory harms nothing.
    }
  }
}
