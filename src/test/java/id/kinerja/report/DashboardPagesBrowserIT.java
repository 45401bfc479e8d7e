package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.Chromium;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every dashboard page in Debian's headless Chromium on the scripted cycle of {@link ReportScenario} (2025,
 * DISDIK): each chart is drawn (Chart.js from the webjar, from the table beneath it), screenshots under
 * target/screenshots/dasbor/; a head of another OPD sees nothing of DISDIK and gets the 403 page for the yearly
 * review; an employee gets the 403 page.
 */
class DashboardPagesBrowserIT extends ReportScenario {

  private static final Path SHOTS = Paths.get("target", "screenshots", "dasbor");

  @LocalServerPort
  int port;

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed (" + Chromium.BROWSER + ", "
        + Chromium.DRIVER + "): apt-get install chromium chromium-driver");
  }

  @Test
  void hrSeesEveryDashboardWithItsChartsAndTables() {
    annualCycle();
    try (Chromium desk = Chromium.open(SHOTS, 1280, 1100)) {
      logIn(desk, "hr");
      int thisYear = java.time.LocalDate.now().getYear();
      List<String[]> pages = List.of(
          new String[] {"/app/dasbor/progres?year=2025", "grafik-progres-opd", "dasbor-01-progres",
              "Dinas Pendidikan"},
          new String[] {"/app/dasbor/hambatan", "grafik-hambatan", "dasbor-02-hambatan", "Susun SKP"},
          new String[] {"/app/dasbor/distribusi?year=2025", "grafik-distribusi", "dasbor-03-distribusi",
              "Sesuai kurva"},
          new String[] {"/app/dasbor/ikm?year=" + thisYear, "grafik-ikm", "dasbor-04-ikm", "Nilai IKM"},
          new String[] {"/app/dasbor/tindak-lanjut?year=2025", "grafik-pembinaan", "dasbor-05-tindak-lanjut",
              "Pembinaan"},
          new String[] {"/app/dasbor/penilai?year=2025", "grafik-penilai", "dasbor-06-penilai", "kasi.kurikulum"},
          new String[] {"/app/dasbor/tinjauan-tahunan?year=2025", "grafik-tinjauan", "dasbor-07-tinjauan-tahunan",
              "Unduh PDF tinjauan tahunan"});
      for (String[] page : pages) {
        desk.go(base() + page[0]);
        desk.await(By.id(page[1]));
        assertThat(chartDrawn(desk, page[1])).as("chart on " + page[0]).isTrue();
        assertThat(desk.driver().findElement(By.tagName("main")).getText()).as(page[0]).contains(page[3]);
        accessible(desk, page[0]);
        desk.screenshot(page[2]);
      }
      String pdfLink = desk.driver().findElement(By.linkText("Unduh PDF tinjauan tahunan")).getAttribute("href");
      assertThat(pdfLink).endsWith("/app/dasbor/tinjauan-tahunan.pdf?year=2025");
      Object pdfStatus = ((JavascriptExecutor) desk.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
          + "fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('content-type')); });",
          pdfLink);
      assertThat(pdfStatus).as("the PDF with the portal's session").isEqualTo("200 application/pdf");
      desk.go(base() + "/app/dasbor/distribusi?year=2025");
      WebElement row = desk.await(By.xpath("//table[@id='tabel-distribusi']//tr[th='Dinas Pendidikan']"));
      assertThat(row.getText()).contains("Baik Sesuai kurva 1 0 1 0 0 2");
    }
  }

  @Test
  void aHeadOfAnotherOrganisationSeesNothingOfIt() {
    annualCycle();
    try (Chromium desk = Chromium.open(SHOTS, 1280, 1000)) {
      logIn(desk, "kadinkes");
      desk.go(base() + "/app/dasbor/progres?year=2025");
      desk.await(By.id("tabel-progres-opd"));
      String main = desk.driver().findElement(By.tagName("main")).getText();
      assertThat(main).doesNotContain("Dinas Pendidikan", "Kurikulum");
      desk.screenshot("dasbor-08-kepala-lain-progres");
      desk.go(base() + "/app/dasbor/penilai?year=2025");
      desk.await(By.id("tabel-penilai"));
      assertThat(desk.driver().findElement(By.tagName("main")).getText()).doesNotContain("kasi.kurikulum");
      desk.go(base() + "/app/dasbor/tinjauan-tahunan?year=2025");
      desk.awaitText("hanya untuk Pengelola Kinerja");
      desk.screenshot("dasbor-09-kepala-tinjauan-403");
    }
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      logIn(phone, "fajar");
      phone.go(base() + "/app/dasbor/progres?year=2025");
      phone.awaitText("hanya untuk Pengelola Kinerja dan pimpinan");
      phone.screenshot("dasbor-10-pegawai-403");
    }
  }

  /**
   * This round's new pages on a phone (390×844), in Bahasa Indonesia, with no serious axe-core violation: the ZIP of
   * dokumen evaluasi from start to download link (a head), HR's organisation pages and process administration, and
   * the employee's "Atasan saya".
   */
  @Test
  void thisRoundsNewPagesWorkOnAPhone() {
    annualCycle();
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      logIn(phone, "kadisdik");
      phone.go(base() + "/app/dasbor/dokumen?year=2025");
      phone.awaitText("Dokumen evaluasi (ZIP)");
      accessible(phone, "/app/dasbor/dokumen");
      phone.screenshot("dasbor-11-zip-ponsel");
      phone.click(By.cssSelector("form.card button[type=submit]"));
      phone.awaitText("2 dari 2 dokumen (100%)");
      phone.await(By.cssSelector("a[href$='/unduh']"));
      accessible(phone, "/app/dasbor/dokumen/{id}");
      phone.screenshot("dasbor-12-zip-selesai-ponsel");
    }
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      logIn(phone, "hr");
      for (String[] page : new String[][] {{"/app/hr/mutasi", "Mutasi pegawai"}, {"/app/hr/pelaksana", "Plt. dan Plh."},
          {"/app/hr/koreksi", "Koreksi atasan"}, {"/app/hr/kualitas-data", "Kualitas data organisasi"},
          {"/app/admin/proses", "Proses dan aturan"}}) {
        phone.go(base() + page[0]);
        phone.awaitText(page[1]);
        assertThat(phone.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        accessible(phone, page[0]);
        phone.screenshot("ponsel" + page[0].replace('/', '-'));
      }
    }
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      logIn(phone, "fajar");
      phone.go(base() + "/app/atasan");
      phone.awaitText("Atasan saya");
      accessible(phone, "/app/atasan");
      phone.screenshot("ponsel-app-atasan");
    }
  }

  private static void accessible(Chromium browser, String page) {
    browser.assertAccessible(page);
  }

  private static boolean chartDrawn(Chromium browser, String canvasId) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
        ((JavascriptExecutor) d).executeScript("return !!(window.Chart && window.Chart.getChart("
            + "document.getElementById(arguments[0])));", canvasId)));
  }

  private void logIn(Chromium browser, String username) {
    browser.logInToPortal(base(), username, PASSWORD);
  }


  private String base() {
    return "http://localhost:" + port;
  }
}
