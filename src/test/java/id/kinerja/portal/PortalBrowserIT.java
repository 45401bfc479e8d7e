package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Chromium;
import id.kinerja.support.Pause;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * The portal in Debian's headless Chromium, as a new user on a phone (390 × 844) and at a desk: log a realisation
 * with a photo, see it on the progress chart; two entries made offline are kept on the device and stored exactly once
 * each when the network is back; a colleague gets the Indonesian 403 page. axe-core checks every page (no critical
 * or serious violation). Screenshots: target/screenshots/portal/.
 */
class PortalBrowserIT extends PortalScenario {

  private static final Path SHOTS = Paths.get("target", "screenshots", "portal");

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed (" + Chromium.BROWSER + ", "
        + Chromium.DRIVER + "): apt-get install chromium chromium-driver");
  }

  @Test
  void anEmployeeLogsARealisationWithAPhotoOnAPhoneAndSeesItOnTheChart() throws IOException {
    Scenario s = scenario();
    int indicator = s.aniIndicators().get(0); // "Permohonan diselesaikan", 240 berkas
    int before = entries(s.aniSkpId(), indicator);
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      logIn(phone, EMPLOYEE, "phone-01-masuk");
      phone.awaitText("Selamat datang, Ani Lestari");
      accessible(phone, "beranda");
      phone.screenshot("phone-02-beranda");

      phone.go(base() + "/app/laporan");
      phone.await(By.id("laporan"));
      accessible(phone, "laporan");
      // tap 1: the indicator; then the value; tap 2: the photo; tap 3: send
      phone.click(By.xpath("//label[contains(@class,'choice')][.//span[normalize-space(.)='Permohonan diselesaikan']]"));
      phone.driver().findElement(By.id("value")).sendKeys("7");
      phone.driver().findElement(By.id("files")).sendKeys(photo().toAbsolutePath().toString());
      phone.screenshot("phone-03-laporan-isi");
      phone.click(By.cssSelector("#laporan button[type=submit]"));
      phone.awaitText("Isian tersimpan.");
      phone.screenshot("phone-04-laporan-tersimpan");
      assertThat(entries(s.aniSkpId(), indicator)).isEqualTo(before + 1);
      String stored = get(EMPLOYEE, "/api/v1/skp/" + s.aniSkpId() + "/realisations", null).getBody();
      List<Object> photos = JsonPath.read(stored, "$[?(@.indicatorId == " + indicator + ")].evidence[0].contentType");
      assertThat(photos).contains("image/png");

      phone.go(base() + "/app/progres/" + s.aniSkpId());
      phone.await(By.id("grafik-progres"));
      // Chart.js has drawn: the canvas got its size from the chart
      Pause.until(() -> phone.driver().findElement(By.id("grafik-progres")).getDomProperty("width"),
          width -> width != null && Integer.parseInt(width) > 0, Duration.ofSeconds(10), "chart not drawn");
      WebElement row = phone.await(By.xpath("//tr[@data-label='Permohonan diselesaikan']"));
      assertThat(row.getText()).contains("berkas");
      accessible(phone, "progres");
      phone.screenshot("phone-05-progres");
    }
  }

  @Test
  void entriesMadeOfflineAreKeptAndStoredExactlyOnceWhenTheNetworkIsBack() {
    Scenario s = scenario();
    int indicator = s.aniIndicators().get(2); // "Arsip tertata"
    int before = entries(s.aniSkpId(), indicator);
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      logIn(phone, EMPLOYEE, null);
      phone.awaitText("Selamat datang");
      phone.go(base() + "/app/laporan?indikator=" + indicator);
      phone.await(By.id("laporan"));
      ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
      offline.setOffline(true);
      offline.setLatency(Duration.ZERO);
      ((org.openqa.selenium.chrome.ChromeDriver) phone.driver()).setNetworkConditions(offline);
      for (String value : List.of("1", "2")) {
        phone.driver().findElement(By.id("value")).sendKeys(value);
        phone.click(By.cssSelector("#laporan button[type=submit]"));
        Pause.until(() -> phone.driver().findElements(By.cssSelector("#antrean-daftar li")).size(),
            n -> n == Integer.parseInt(value), Duration.ofSeconds(15), "entry " + value + " not queued");
      }
      phone.screenshot("phone-06-antrean-offline");
      assertThat(phone.driver().findElement(By.id("antrean")).getText()).contains("Menunggu dikirim")
          .contains("menunggu jaringan");
      assertThat(entries(s.aniSkpId(), indicator)).isEqualTo(before);

      ((org.openqa.selenium.chrome.ChromeDriver) phone.driver()).deleteNetworkConditions();
      ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript("window.dispatchEvent(new Event('online'));");
      phone.awaitText("Isian tersimpan.");
      phone.screenshot("phone-07-antrean-terkirim");
      assertThat(phone.driver().findElements(By.cssSelector("#antrean-daftar li"))).isEmpty();
      assertThat(entries(s.aniSkpId(), indicator)).isEqualTo(before + 2);
      // nothing left to send twice: a later flush stores nothing more
      ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript("window.dispatchEvent(new Event('online'));");
      Pause.holds(() -> entries(s.aniSkpId(), indicator), n -> n == before + 2, Duration.ofSeconds(3),
          "an entry was stored twice");
    }
  }

  @Test
  void aSupervisorAtADeskReadsTheSkpAndAColleagueIsRefusedInIndonesian() {
    Scenario s = scenario();
    try (Chromium desk = Chromium.open(SHOTS, 1280, 900)) {
      logIn(desk, SUPERVISOR, "desk-01-masuk");
      desk.awaitText("Selamat datang, Kasi Uji Portal");
      accessible(desk, "beranda atasan");
      desk.go(base() + "/app/skp/" + s.aniSkpId());
      desk.awaitText("Riwayat peninjauan");
      accessible(desk, "skp");
      desk.screenshot("desk-02-skp");
      desk.go(base() + "/tidak-ada");
      desk.awaitText("Halaman tidak ditemukan");
      desk.screenshot("desk-03-404");
    }
    try (Chromium colleague = Chromium.open(SHOTS, 390, 844)) {
      logIn(colleague, COLLEAGUE, null);
      colleague.awaitText("Selamat datang");
      colleague.go(base() + "/app/progres/" + s.aniSkpId());
      colleague.awaitText("Akses ditolak");
      accessible(colleague, "403");
      colleague.screenshot("phone-08-403");
    }
  }

  @Test
  void anEmployeeReadsHerEvaluationAndObjectsOnAPhone() {
    long evaluationId = publishedEvaluation();
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      logIn(phone, EMPLOYEE, null);
      phone.awaitText("Selamat datang");
      phone.screenshot("phone-09-beranda-keberatan");
      phone.go(base() + "/app/evaluasi/" + evaluationId);
      phone.awaitText("Predikat kinerja");
      accessible(phone, "evaluasi");
      phone.screenshot("phone-10-evaluasi");
      phone.driver().findElement(By.id("reasons")).sendKeys("Laporan bulanan triwulan I sudah lengkap dan tepat"
          + " waktu; mohon ditinjau kembali.");
      phone.click(By.cssSelector("#keberatan button[type=submit]"));
      phone.awaitText("Keberatan Anda terkirim");
      phone.screenshot("phone-11-keberatan-terkirim");
    }
    assertThat((String) JsonPath.read(get(EMPLOYEE, "/api/v1/evaluations/" + evaluationId, null).getBody(),
        "$.status")).isEqualTo("OBJECTION");
    // the supervisor who rated explains before the head decides (issue 15)
    awaitTask(taskService, SUPERVISOR, "PenjelasanPejabatPenilai");
  }

  private void logIn(Chromium browser, String username, String screenshot) {
    browser.go(base() + "/app/beranda");
    browser.await(By.id("username")).sendKeys(username);
    browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
    if (screenshot != null) {
      accessible(browser, "masuk");
      browser.screenshot(screenshot);
    }
    browser.click(By.cssSelector("form.card button[type=submit]"));
  }

  /** axe-core on the page as it is: no violation of impact critical or serious. */
  private static void accessible(Chromium browser, String page) {
    browser.assertAccessible(page);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private int entries(long skpId, int indicatorId) {
    List<Object> found = JsonPath.read(get(EMPLOYEE, "/api/v1/skp/" + skpId + "/realisations", null).getBody(),
        "$[?(@.indicatorId == " + indicatorId + ")]");
    return found.size();
  }

  private static Path photo() throws IOException {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 48; y++) {
        image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x40);
      }
    }
    Path file = Files.createTempFile("bukti-", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
