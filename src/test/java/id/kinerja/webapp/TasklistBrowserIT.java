package id.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.Chromium;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist as a civil servant meets it, in headless Chromium (embedded default login), issue 17: no end-of-life
 * banner on the login page nor for employees (HR, who administers, still sees it); the cycle start form prefilled
 * with this year and a unit list, and a link to the opening after the start; a refused form shows only its reasons,
 * over neither the form's fields nor its buttons; the process name links to the portal, not Cockpit. Screenshots
 * under target/screenshots/tasklist. Opens the 2027 cycle of DINKES-P2P-IMUN (2025 of DINKES-P2P is TeamScenario's) (kasi.imunisasi, yusuf, nurul).
 */
class TasklistBrowserIT extends PostgresIntegrationTest {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "tasklist");
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final By BANNER = By.cssSelector(".ce-eol-banner");

  @LocalServerPort
  int port;

  @Autowired
  TaskService tasks;

  @Autowired
  HistoryService history;

  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver are not installed");
  }

  @Test
  void hrOpensACycleFromThePrefilledStartFormAndAnEmployeeSeesOnlyTheReasonsOfARefusal() {
    try (Chromium hr = Chromium.open(SCREENSHOTS)) {
      hr.go(url(TASKLIST));
      hr.await(By.cssSelector("input[type=password]"));
      hr.screenshot("01-masuk-tanpa-banner");
      assertThat(hr.driver().findElements(BANNER)).as("end-of-life banner on the login page").isEmpty();

      login(hr, "hr");
      hr.await(BANNER); // HR administers the application (Admin): the notice is for them

      hr.click(By.xpath("//a[contains(normalize-space(.),'Mulai proses')]"));
      hr.click(By.xpath("//a[normalize-space(.)='Buka periode penilaian']"));
      hr.await(By.cssSelector(".fjs-form"));
      String thisYear = String.valueOf(Year.now(ZoneId.of("Asia/Jakarta")).getValue());
      Pause.until(() -> hr.valueOf("Tahun"), thisYear::equals, java.time.Duration.ofSeconds(15),
          "the start form's year is not prefilled");
      chooseSearched(hr, "Unit kerja", "IMUN", "Seksi Surveilans dan Imunisasi (DINKES-P2P-IMUN)");
      hr.choose("Kadensi evaluasi", "Tahunan");
      hr.type("Tahun", "2027");
      hr.screenshot("02-buka-periode-terisi");
      hr.click(By.xpath("//button[normalize-space(.)='Mulai']"));

      WebElement link = hr.await(By.xpath("//div[contains(@class,'page-notifications')]"
          + "//a[contains(@href,'/app/proses/')]"));
      hr.screenshot("03-periode-dibuka-dengan-tautan");
      String instanceId = link.getAttribute("href").replaceAll(".*/app/proses/", "");
      Object cycleId = history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
          .variableName("cycleId").singleResult().getValue();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
          .getBusinessKey()).isEqualTo("periode-" + cycleId);
      awaitOpen(((Number) cycleId).longValue());
    }

    Task draft = Pause.until(() -> tasks.createTaskQuery().taskAssignee("yusuf").taskDefinitionKey("SusunSkp")
            .processVariableValueEquals("skpId", skp2027("yusuf")).singleResult(), java.util.Objects::nonNull,
        Pause.BACKGROUND_WORK, "no 2027 Susun SKP task for yusuf");
    try (Chromium yusuf = Chromium.open(SCREENSHOTS)) {
      yusuf.go(url(TASKLIST));
      login(yusuf, "yusuf");
      yusuf.awaitText("Tugas saya");
      assertThat(yusuf.driver().findElements(BANNER)).as("end-of-life banner for an employee").isEmpty();

      yusuf.go(url(TASKLIST + "#/?task=" + draft.getId()));
      yusuf.await(By.cssSelector(".fjs-form"));
      assertThat(yusuf.await(By.cssSelector("a.instance-link")).getAttribute("href"))
          .endsWith("/app/proses/" + draft.getProcessInstanceId());
      assertThat(yusuf.driver().findElement(By.cssSelector(".fjs-form")).getText())
          .as("no empty return-notes field on a first draft").doesNotContain("Catatan pengembalian");

      By complete = By.xpath("//button[normalize-space(.)='Selesaikan']");
      yusuf.click(complete);
      WebElement refusal = yusuf.await(By.cssSelector(".page-notifications .alert-danger"));
      yusuf.awaitText("SKP harus memuat minimal satu RHK UTAMA.");
      yusuf.screenshot("04-ditolak-hanya-alasan");
      assertThat(refusal.getText()).contains("Formulir belum dapat dikirim", "SKP belum dapat diajukan",
          "SKP harus memuat minimal satu RHK UTAMA.").doesNotContain("ENGINE-", "TaskListener", "Cannot submit",
          "Exception");
      Rectangle card = refusal.getRect();
      for (WebElement covered : yusuf.driver().findElements(By.cssSelector("button"))) {
        if (covered.isDisplayed() && covered.getText().matches("Selesaikan|Simpan")) {
          assertThat(overlaps(card, covered.getRect())).as("the notification covers '%s'", covered.getText())
              .isFalse();
        }
      }
      for (WebElement field : yusuf.driver().findElements(By.cssSelector(".fjs-form-field"))) {
        if (field.isDisplayed()) {
          assertThat(overlaps(card, field.getRect())).as("the notification covers a form field").isFalse();
        }
      }
      assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);

      yusuf.driver().manage().window().setSize(new Dimension(390, 844));
      yusuf.screenshot("05-ditolak-di-ponsel");
    }
  }

  private long skp2027(String username) {
    return ((Number) com.jayway.jsonpath.JsonPath.<java.util.List<Number>>read(
        get(username, "/api/v1/skp?year=2027", null).getBody(), "$[*].id").get(0)).longValue();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static void login(Chromium browser, String username) {
    browser.await(By.cssSelector("input[type=text]")).sendKeys(username);
    browser.driver().findElement(By.cssSelector("input[type=password]")).sendKeys(PASSWORD);
    browser.click(By.cssSelector("button[type=submit]"));
    browser.await(By.xpath("//a[contains(normalize-space(.),'Mulai proses')]"));
  }

  /** A searchable Camunda Forms select: type part of the option, then take the one offered. */
  private static void chooseSearched(Chromium browser, String label, String search, String option) {
    WebElement input = browser.field(label, 0).findElement(By.cssSelector("input"));
    input.click();
    input.sendKeys(search);
    WebElement item = browser.await(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='"
        + option + "']"));
    new Actions(browser.driver()).moveToElement(item).clickAndHold().release().perform();
    Pause.until(() -> browser.field(label, 0).findElement(By.cssSelector("input")).getDomProperty("value"),
        option::equals, java.time.Duration.ofSeconds(10), "the unit was not taken");
  }

  private static boolean overlaps(Rectangle a, Rectangle b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }
}
