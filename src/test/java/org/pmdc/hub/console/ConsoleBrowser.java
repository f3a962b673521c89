package org.pmdc.hub.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through its chromedriver (both installed by {@code .ci/run};
 * no driver is downloaded). Each page a journey shows can be kept as a screenshot under
 * {@code target/console-screenshots} for a reviewer.
 */
final class ConsoleBrowser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  private final WebDriver driver;
  private final String base;

  ConsoleBrowser(int port) {
    String chromium = System.getProperty("pmdc.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("pmdc.chromedriver", "/usr/bin/chromedriver");
    if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
      throw new IllegalStateException("The console's browser tests need " + chromium + " and " + chromedriver
          + ": run `apt-get install chromium chromium-driver` (as .ci/run does), or point -Dpmdc.chromium"
          + " and -Dpmdc.chromedriver at another Chromium and its driver.");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver))
        .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    this.base = "http://localhost:" + port;
  }

  ConsoleBrowser open(String path) {
    driver.get(base + path);
    return this;
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /** The page's main content; a page without one (an error page) fails with its address and source. */
  String text() {
    List<WebElement> main = driver.findElements(By.tagName("main"));
    if (main.isEmpty()) {
      throw new AssertionError("No <main> on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource());
    }
    return main.get(0).getText();
  }

  WebElement find(By by) {
    return driver.findElement(by);
  }

  boolean has(By by) {
    return !driver.findElements(by).isEmpty();
  }

  ConsoleBrowser type(String label, String value) {
    WebElement field = driver.findElement(By.id(driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"))
        .getAttribute("for")));
    field.clear();
    field.sendKeys(value);
    return this;
  }

  /** Types into the field of this id (where several forms of a page share a label). */
  ConsoleBrowser fill(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
    return this;
  }

  /** Sets the date input of this id, as its date picker does (typing into one depends on the browser's locale). */
  ConsoleBrowser date(String id, String isoDate) {
    ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    return this;
  }

  /** Chooses the option of this value in the select of this id. */
  ConsoleBrowser choose(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
    return this;
  }

  /** Gives the file input of this id a file, as choosing or dropping it does. */
  ConsoleBrowser attach(String id, Path file) {
    driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Opens a collapsed section by its summary's text. */
  ConsoleBrowser expand(String summary) {
    driver.findElement(By.xpath("//summary[normalize-space()='" + summary + "']")).click();
    return this;
  }

  /** Waits until the page, as it updates itself, shows the text. */
  ConsoleBrowser awaitText(String expected) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> text().contains(expected));
    return this;
  }

  /** Waits until the page's scripts have made the element (a chart's canvas). */
  ConsoleBrowser awaitElement(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(by).isEmpty());
    return this;
  }

  ConsoleBrowser press(String button) {
    return click(By.xpath("//button[normalize-space()='" + button + "']"));
  }

  /** Clicks what sends a form or follows a link, and waits until the next page has replaced this one. */
  ConsoleBrowser click(By by) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(by).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(done -> replaced(page));
    return this;
  }

  /**
   * Whether the page is gone. Asked while the next page replaces it, Chromium may answer that the
   * node no longer belongs to the document instead of that it is stale: gone too.
   */
  private static boolean replaced(WebElement page) {
    try {
      page.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  ConsoleBrowser signIn(String username, String password) {
    open("/console/sign-in").type("Username", username).type("Password", password).press("Sign in");
    return this;
  }

  ConsoleBrowser signOut() {
    return click(By.xpath("//button[starts-with(normalize-space(), 'Sign out')]"));
  }

  /** A POST the page's own script sends (the user's session cookie goes with it): its HTTP status. */
  long post(String path, boolean withCsrfToken) {
    String script = """
        const done = arguments[arguments.length - 1];
        const body = new URLSearchParams();
        const token = document.querySelector('input[name=_csrf]');
        if (arguments[1] && token) body.append('_csrf', token.value);
        fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'}).then(r => done(r.status));
        """;
    return (Long) ((JavascriptExecutor) driver).executeAsyncScript(script, path, withCsrfToken);
  }

  /** The HTTP status of a GET the page's own script sends with the user's session. */
  long status(String path) {
    String script = """
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status));
        """;
    return (Long) ((JavascriptExecutor) driver).executeAsyncScript(script, path);
  }

  /** The whole page (up to 6,000 pixels high), not only what the window shows. */
  void screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
    try {
      driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 140, 6000)));
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.move(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
