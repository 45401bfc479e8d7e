package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.kinerja.support.Chromium;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /app/tim and /app/hr in headless Chromium, on a phone (390×844) and a desktop viewport: screenshots under
 * target/screenshots/portal/, no sideways scrolling of the page on the phone (wide tables scroll inside their box),
 * axe-core without critical or serious violations, and a new entry appearing on the monitor without a reload.
 */
class TeamPagesBrowserIT extends TeamScenario {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "portal");

  @BeforeEach
  void chromium() {
    Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed (" + Chromium.BROWSER + ", "
        + Chromium.DRIVER + "): apt-get install chromium chromium-driver, as .ci/run does");
    team();
  }

  @Test
  void theMonitorOnAPhoneAndADesktopShowsANewEntryWithoutReload() {
    try (Chromium browser = Chromium.open(SCREENSHOTS)) {
      logIn(browser, "kabid.p2p");
      for (boolean phone : new boolean[] {true, false}) {
        viewport(browser, phone);
        browser.go(root() + "/app/tim?tahun=" + YEAR);
        browser.await(By.id("orang-" + NURUL_NIP));
        check(browser, "tim-" + (phone ? "ponsel" : "desktop"), phone);
      }
      browser.click(By.xpath("//th/button[normalize-space(.)='Capaian tertimbang']"));
      assertThat(browser.driver().findElement(By.xpath("//th[button[normalize-space(.)='Capaian tertimbang']]"))
          .getDomAttribute("aria-sort")).isEqualTo("ascending");

      record("kasi.imunisasi", team().kasiSkp(), "2025-12-29", 0); // 0: her capaian stays as the others expect

      new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(d -> d.findElement(
          By.id("orang-" + KASI_NIP)).getText().contains("29 Des 2025"));
      assertThat(browser.driver().findElement(By.xpath("//th[button[normalize-space(.)='Capaian tertimbang']]"))
          .getDomAttribute("aria-sort")).as("the chosen sort survives the refresh").isEqualTo("ascending");
      browser.screenshot("tim-diperbarui");
    }
  }

  @Test
  void aSupervisorsDrillDownAndCascadeOnAPhoneAndADesktop() {
    try (Chromium browser = Chromium.open(SCREENSHOTS)) {
      logIn(browser, "kasi.imunisasi");
      for (boolean phone : new boolean[] {true, false}) {
        viewport(browser, phone);
        String suffix = phone ? "ponsel" : "desktop";
        browser.go(root() + "/app/tim?tahun=" + YEAR);
        browser.await(By.id("orang-" + YUSUF_NIP));
        check(browser, "tim-atasan-" + suffix, phone);
        browser.go(root() + "/app/tim/" + NURUL_NIP + "?tahun=" + YEAR);
        browser.await(By.id("isian-" + team().nurulRealisation()));
        check(browser, "tim-anggota-" + suffix, phone);
        browser.go(root() + "/app/tim/kaskade?tahun=" + YEAR);
        browser.awaitText("Tersusunnya laporan epidemiologi");
        check(browser, "tim-kaskade-" + suffix, phone);
      }
      browser.go(root() + "/app/tim/" + NURUL_NIP + "?tahun=" + YEAR);
      By text = By.id("teks-" + team().nurulRealisation());
      browser.click(text);
      browser.driver().findElement(text).sendKeys("Bagus, bukti lengkap.");
      browser.click(By.xpath("//article[@id='isian-" + team().nurulRealisation()
          + "']//button[@type='submit']"));
      browser.awaitText("Umpan balik terkirim");
      browser.awaitText("Bagus, bukti lengkap.");
      browser.screenshot("tim-umpan-balik");
    }
  }

  @Test
  void hrPagesOnAPhoneAndADesktop() {
    try (Chromium browser = Chromium.open(SCREENSHOTS)) {
      logIn(browser, "hr");
      for (boolean phone : new boolean[] {true, false}) {
        viewport(browser, phone);
        String suffix = phone ? "ponsel" : "desktop";
        browser.go(root() + "/app/hr");
        browser.await(By.id("siklus-" + team().cycleId()));
        check(browser, "hr-" + suffix, phone);
        browser.go(root() + "/app/hr/siklus/" + team().cycleId());
        browser.awaitText("Semua proses berhasil dimulai.");
        check(browser, "hr-siklus-" + suffix, phone);
        browser.go(root() + "/app/hr/impor");
        browser.await(By.id("berkas"));
        check(browser, "hr-impor-" + suffix, phone);
      }
    }
  }

  @Test
  void anEmployeeGetsTheRefusalPage() {
    try (Chromium browser = Chromium.open(SCREENSHOTS)) {
      logIn(browser, "nurul");
      viewport(browser, true);
      browser.go(root() + "/app/tim");
      browser.awaitText("Akses ditolak");
      check(browser, "tim-ditolak-ponsel", true);
    }
  }

  private void logIn(Chromium browser, String username) {
    browser.logInToPortal(root(), username, PASSWORD);
  }


  /** A phone (390×844, touch, device pixel ratio 3) or a desktop (1280×900) viewport. */
  private static void viewport(Chromium browser, boolean phone) {
    ChromeDriver driver = (ChromeDriver) browser.driver();
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", phone
        ? Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true)
        : Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Screenshot, no sideways scrolling of the page on the phone, and axe-core without critical/serious findings. */
  private static void check(Chromium browser, String name, boolean phone) {
    browser.screenshot(name);
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    if (phone) {
      long overflow = ((Number) js.executeScript(
          "return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
      assertThat(overflow).as(name + ": the page scrolls sideways on a 390 px phone").isLessThanOrEqualTo(0);
    }
    Results results = new AxeBuilder().analyze(browser.driver());
    List<Rule> bad = results.getViolations().stream()
        .filter(r -> "critical".equals(r.getImpact()) || "serious".equals(r.getImpact())).toList();
    assertThat(bad).as(name + ": axe-core " + bad.stream().map(r -> r.getId() + " (" + r.getImpact() + "): "
        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "))).isEmpty();
  }
}
