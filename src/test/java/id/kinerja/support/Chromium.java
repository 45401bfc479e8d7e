package id.kinerja.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through /usr/bin/chromedriver (no browser download): one fresh
 * profile per person, screenshots under target/, and helpers for Keycloak's login page and Camunda Forms fields.
 */
public final class Chromium implements AutoCloseable {

  public static final Path BROWSER = Paths.get("/usr/bin/chromium");
  public static final Path DRIVER = Paths.get("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path screenshots;

  private Chromium(ChromeDriver driver, Path screenshots) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    this.screenshots = screenshots;
  }

  public static boolean installed() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  public static Chromium open(Path screenshots) {
    return open(screenshots, 1280, 1400);
  }

  /** A browser with the given window size, e.g. 390 × 844 for a phone. */
  public static Chromium open(Path screenshots, int width, int height) {
    try {
      Path profile = Files.createTempDirectory("kinerja-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      // the closed network of the build machines refuses Chromium's background connections: keep them off
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--lang=id", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
      // an Indonesian user's browser: Accept-Language id first (headless ignores --lang for requests)
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id,en"));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort().build();
      Files.createDirectories(screenshots);
      return new Chromium(new ChromeDriver(service, options), screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String url) {
    driver.get(url);
  }

  /** On Keycloak's login page: fills in the demo user and signs in. */
  public void signInOnKeycloak(String username, String password, String screenshotBeforeSubmit) {
    WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    user.clear();
    user.sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    if (screenshotBeforeSubmit != null) {
      screenshot(screenshotBeforeSubmit);
    }
    driver.findElement(By.id("kc-login")).click();
  }

  public String text(By locator) {
    return await(locator).getText();
  }

  public WebElement await(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void awaitUrlContaining(String part) {
    wait.until(ExpectedConditions.urlContains(part));
  }

  public void awaitText(String text) {
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//*[contains(normalize-space(.), " + xpathLiteral(text) + ")]")));
  }

  public void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** The n-th (0-based) Camunda Forms field with this label (a required field's label ends with "*"). */
  public WebElement field(String label, int index) {
    // the label is a direct child of its own field (a dynamic list holds its rows' fields deeper down)
    By locator = By.xpath("//div[contains(@class,'fjs-form-field ')][./label[normalize-space(.)="
        + xpathLiteral(label) + " or normalize-space(.)=" + xpathLiteral(label + "*") + "]]");
    wait.until(driver -> driver.findElements(locator).size() > index);
    return driver.findElements(locator).get(index);
  }

  /**
   * Types into a Camunda Forms text, number or text-area field and checks the value arrived: the form re-renders on
   * every change, and keys sent during a re-render can be lost, so a lost value is typed again.
   */
  public void type(String label, String value) {
    for (int attempt = 0; attempt < 5; attempt++) {
      WebElement input = field(label, 0).findElement(By.cssSelector("input, textarea"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
      input.click();
      input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
      input.sendKeys(org.openqa.selenium.Keys.DELETE);
      input.sendKeys(value);
      Pause.millis(700); // Camunda Forms takes typed text into its state after a debounce
      if (settles(() -> value.equals(valueOf(label)))) {
        return;
      }
    }
    throw new AssertionError("the field '" + label + "' does not keep the value '" + value + "'");
  }

  /** Scrolls a form field into the middle of the view (for a screenshot). */
  public void reveal(String label) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        field(label, 0));
  }

  public String valueOf(String label) {
    return field(label, 0).findElement(By.cssSelector("input, textarea")).getDomProperty("value");
  }

  /** Picks an option of a Camunda Forms select (a drop-down list, not a native select), checking it was taken. */
  public void choose(String label, String optionLabel) {
    By option = By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)="
        + xpathLiteral(optionLabel) + "]");
    for (int attempt = 0; attempt < 5; attempt++) {
      WebElement display = field(label, 0).findElement(By.cssSelector(".fjs-input-group"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", display);
      display.click();
      WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(option));
      // form-js selects on mouse down
      new org.openqa.selenium.interactions.Actions(driver).moveToElement(item).clickAndHold().release().perform();
      if (settles(() -> field(label, 0).getText().contains(optionLabel))) {
        return;
      }
    }
    throw new AssertionError("the field '" + label + "' does not keep the option '" + optionLabel + "'");
  }

  private boolean settles(java.util.function.BooleanSupplier condition) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(3)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(driver -> condition.getAsBoolean());
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      return false;
    }
  }

  /** Picks a radio option of a Camunda Forms radio group by its label. */
  public void pick(String optionLabel) {
    click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)=" + xpathLiteral(optionLabel)
        + "] | //label[normalize-space(.)=" + xpathLiteral(optionLabel) + "]"));
  }

  /** The validation messages Camunda Forms shows, for a failing test's message. */
  public String formErrors() {
    return driver.findElements(By.cssSelector(".fjs-form-field-error, .fjs-has-errors label")).stream()
        .map(WebElement::getText).filter(text -> !text.isBlank()).toList().toString();
  }

  public boolean enabledWithin(By locator, Duration timeout) {
    try {
      new WebDriverWait(driver, timeout).until(ExpectedConditions.elementToBeClickable(locator));
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      return false;
    }
  }

  /** Logs in through the portal's own form ({@code /app/masuk}) and waits for the home page. */
  public void logInToPortal(String base, String username, String password) {
    go(base + "/app/beranda");
    await(org.openqa.selenium.By.id("username")).sendKeys(username);
    driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
    click(org.openqa.selenium.By.cssSelector("form.card button[type=submit]"));
    awaitUrlContaining("/app/beranda");
  }

  /** axe-core (WCAG 2.1 A and AA) on the page as it is: no violation of impact critical or serious. */
  public void assertAccessible(String page) {
    com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
        .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    java.util.List<String> serious = results.getViolations().stream()
        .filter(v -> "critical".equals(v.getImpact()) || "serious".equals(v.getImpact()))
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " "
            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList()).toList();
    org.assertj.core.api.Assertions.assertThat(serious).as("axe-core on " + page).isEmpty();
  }

  public void screenshot(String name) {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
