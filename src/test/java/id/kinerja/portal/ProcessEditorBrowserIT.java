package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.admin.ProcessVersions;
import id.kinerja.admin.ModelResource;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import id.kinerja.support.Chromium;
import id.kinerja.support.OwnGovernment;
import id.kinerja.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The model editors of {@code /app/admin/proses} in Debian's headless Chromium: HR opens {@code skp-planning} in
 * bpmn-js, changes a task's label and a timer in the properties panel, deploys with a reason and finds version n+1
 * with that reason, the comparison of n and n+1 with both changes marked on both diagrams, and the next cycle's
 * planning running on n+1 with the new timer (then deploys version n's file again, so the other tests keep the
 * shipped model); a user task without an assignee and an unknown delegate are refused with the gate's Indonesian
 * messages, in the page; the DMN and form editors open, and
 * the form editor saves schemaVersion 16 (what Tasklist 7.24 renders); an employee gets the 403 page. Screenshots
 * under target/screenshots/admin/.
 */
class ProcessEditorBrowserIT extends PostgresIntegrationTest {

  private static final Path SHOTS = Paths.get("target", "screenshots", "admin");

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessVersions versions;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed (" + Chromium.BROWSER + ", "
        + Chromium.DRIVER + "): apt-get install chromium chromium-driver");
  }

  private ProcessDefinition latestPlanning() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").latestVersion()
        .singleResult();
  }

  @Test
  void hrEditsALabelAndATimerAndDeploysWithAReason() {
    ProcessDefinition before = latestPlanning();
    ModelResource original = versions.file(ProcessVersions.Type.PROCESS, "skp-planning", before.getVersion());
    try (Chromium desk = Chromium.open(SHOTS, 1400, 1100)) {
      logIn(desk, "hr");
      desk.go(base() + "/app/admin/proses");
      desk.await(By.id("def-PROCESS-skp-planning"));
      desk.click(By.cssSelector("#def-PROCESS-skp-planning tr[data-version='" + before.getVersion() + "'] a.ubah"));
      ready(desk);
      desk.screenshot("admin-01-editor-bpmn");
      assertThat(browserErrors(desk)).as("nothing refused by the Content-Security-Policy").isEmpty();
      assertThat(desk.driver().findElement(By.cssSelector(".djs-palette")).getAttribute("innerHTML"))
          .as("Indonesian palette").contains("Buat tugas");

      select(desk, "TindakLanjutKeterlambatan");
      openGroup(desk, "general");
      WebElement name = desk.await(By.id("bio-properties-panel-name"));
      name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Tindak lanjut keterlambatan SKP");
      select(desk, "Timer_BatasPenyepakatan");
      desk.screenshot("admin-02a-pilih-timer");
      openGroup(desk, "timer");
      WebElement timer = desk.await(By.id("bio-properties-panel-timerEventDefinitionValue"));
      timer.sendKeys(Keys.chord(Keys.CONTROL, "a"), "P45D");
      timer.sendKeys(Keys.TAB);
      desk.screenshot("admin-02-timer-diubah");
      // the panel writes a field into the model after a short debounce
      String xml = new WebDriverWait(desk.driver(), Duration.ofSeconds(10)).until(d -> {
        String now = saved(desk);
        return now.contains(">P45D<") ? now : null;
      });
      assertThat(xml).contains("name=\"Tindak lanjut keterlambatan SKP\"", ">P45D<");

      desk.driver().findElement(By.id("alasan")).sendKeys("Batas penyepakatan menjadi 45 hari (uji peramban)");
      desk.click(By.cssSelector("#deploy button[type=submit]"));
      WebElement answer = desk.await(By.cssSelector("#hasil.ok"));
      assertThat(answer.getText()).contains("Berhasil di-deploy", "skp-planning versi " + (before.getVersion() + 1));
      desk.screenshot("admin-03-deploy-berhasil");

      ProcessDefinition after = latestPlanning();
      assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
      String deployed = new String(versions.file(ProcessVersions.Type.PROCESS, "skp-planning", after.getVersion())
          .bytes(), StandardCharsets.UTF_8);
      assertThat(deployed).contains("Tindak lanjut keterlambatan SKP", ">P45D<");
      var listed = versions.all(hr()).stream().filter(d -> d.key().equals("skp-planning")).findFirst().orElseThrow()
          .versions().get(0);
      assertThat(listed.version()).isEqualTo(after.getVersion());
      assertThat(listed.reason()).isEqualTo("Batas penyepakatan menjadi 45 hari (uji peramban)");
      assertThat(listed.deployedBy()).isEqualTo("hr");
      desk.go(base() + "/app/admin/proses");
      assertThat(desk.text(By.id("def-PROCESS-skp-planning")))
          .contains("Batas penyepakatan menjadi 45 hari (uji peramban)");

      // the comparison: both diagrams, the relabelled task and the changed timer marked in each, nothing else
      desk.go(base() + "/app/admin/proses/PROCESS/skp-planning/banding?dari=" + before.getVersion() + "&ke="
          + after.getVersion());
      new WebDriverWait(desk.driver(), Duration.ofSeconds(30)).until(d -> js(desk).executeScript(
          "return document.getElementById('diagram-banding').dataset.ready;") != null);
      assertThat(readiness(desk, "diagram-banding")).as("both diagrams drawn").isEqualTo("true");
      for (String pane : List.of("kanvas-dari", "kanvas-ke")) {
        assertThat(marked(desk, pane, "beda-ubah")).as(pane)
            .containsExactlyInAnyOrder("TindakLanjutKeterlambatan", "Timer_BatasPenyepakatan");
        assertThat(marked(desk, pane, "beda-tambah")).as(pane).isEmpty();
        assertThat(marked(desk, pane, "beda-hapus")).as(pane).isEmpty();
      }
      assertThat(desk.text(By.id("diubah"))).contains("TindakLanjutKeterlambatan", "P45D");
      assertThat(browserErrors(desk)).as("nothing refused by the Content-Security-Policy").isEmpty();
      desk.screenshot("admin-03b-banding-diagram");

      // the next cycle opened runs version n+1: its planning instances start on it, with the 45-day timer
      OwnGovernment edt = OwnGovernment.build(this, identity, "EDT", "197401012002011091", "198401012010011092",
          "199301012018011093");
      openCycle("\"year\":2026,\"cadence\":\"ANNUAL\",\"unitCode\":\"" + edt.seksi() + "\"");
      Task drafting = awaitTask(tasks, edt.staf(), "SusunSkp");
      assertThat(drafting.getProcessDefinitionId()).isEqualTo(after.getId());
      Job deadline = management.createJobQuery().processInstanceId(drafting.getProcessInstanceId())
          .activityId("Timer_BatasPenyepakatan").singleResult();
      Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
      assertThat(deadline.getDuedate().toInstant()).isBetween(now.plus(Duration.ofDays(44)),
          now.plus(Duration.ofDays(46)));
    } finally {
      // the next tests get the shipped model again (as the newest version)
      if (latestPlanning().getVersion() > before.getVersion()) {
        versions.rollBack(ProcessVersions.Type.PROCESS, "skp-planning", before.getVersion(),
            "uji peramban selesai", hr());
      }
      assertThat(new String(versions.file(ProcessVersions.Type.PROCESS, "skp-planning",
          latestPlanning().getVersion()).bytes(), StandardCharsets.UTF_8)).isEqualTo(
          new String(original.bytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aUserTaskWithoutAssigneeIsRefusedInThePage() {
    int before = latestPlanning().getVersion();
    try (Chromium desk = Chromium.open(SHOTS, 1400, 1100)) {
      logIn(desk, "hr");
      desk.go(base() + "/app/admin/proses/PROCESS/skp-planning/ubah?versi=" + before);
      ready(desk);
      select(desk, "SusunSkp");
      openGroup(desk, "CamundaPlatform__UserAssignment");
      WebElement assignee = desk.await(By.id("bio-properties-panel-assignee"));
      assignee.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      desk.driver().findElement(By.id("alasan")).sendKeys("uji penolakan");
      desk.click(By.cssSelector("#deploy button[type=submit]"));
      WebElement refusal = desk.await(By.cssSelector("#hasil.galat"));
      assertThat(refusal.getText()).contains("Deployment ditolak")
          .contains("Tugas pengguna 'Susun SKP' (SusunSkp) tidak punya penerima");
      desk.screenshot("admin-04-ditolak");
    }
    assertThat(latestPlanning().getVersion()).as("nothing deployed").isEqualTo(before);
  }

  @Test
  void anUnknownDelegateIsRefusedInThePage() {
    int before = latestPlanning().getVersion();
    try (Chromium desk = Chromium.open(SHOTS, 1400, 1100)) {
      logIn(desk, "hr");
      desk.go(base() + "/app/admin/proses/PROCESS/skp-planning/ubah?versi=" + before);
      ready(desk);
      select(desk, "KirimPengingatPegawai");
      openGroup(desk, "CamundaPlatform__Implementation");
      WebElement delegate = desk.await(By.id("bio-properties-panel-delegateExpression"));
      delegate.sendKeys(Keys.chord(Keys.CONTROL, "a"), "${pengirimTidakAda}");
      delegate.sendKeys(Keys.TAB);
      new WebDriverWait(desk.driver(), Duration.ofSeconds(10)).until(d -> saved(desk).contains("pengirimTidakAda"));
      desk.driver().findElement(By.id("alasan")).sendKeys("uji penolakan delegate");
      desk.click(By.cssSelector("#deploy button[type=submit]"));
      WebElement refusal = desk.await(By.cssSelector("#hasil.galat"));
      assertThat(refusal.getText()).contains("Deployment ditolak").contains("Ekspresi '${pengirimTidakAda}' pada "
          + "'Kirim pengingat ke pegawai' (KirimPengingatPegawai) memakai 'pengirimTidakAda', yang bukan bean Kinerja");
      desk.screenshot("admin-04b-delegate-ditolak");
    }
    assertThat(latestPlanning().getVersion()).as("nothing deployed").isEqualTo(before);
  }

  @Test
  void theDecisionAndFormEditorsOpenAndFormsKeepSchemaVersion16() {
    try (Chromium desk = Chromium.open(SHOTS, 1400, 1100)) {
      logIn(desk, "hr");
      desk.go(base() + "/app/admin/proses/DECISION/rating-hasil-kerja/ubah?versi=1");
      ready(desk);
      desk.await(By.cssSelector(".tjs-table"));
      desk.screenshot("admin-05-editor-dmn");
      assertThat(browserErrors(desk)).as("nothing refused by the Content-Security-Policy").isEmpty();
      desk.go(base() + "/app/admin/proses/FORM/skp-susun/ubah?versi=1");
      ready(desk);
      desk.await(By.cssSelector(".fjs-editor-container"));
      desk.screenshot("admin-06-editor-formulir");
      Object schemaVersion = js(desk).executeScript("return window.kinerjaEditor.saveSchema().schemaVersion;");
      assertThat(schemaVersion).as("what Tasklist 7.24's form-js renders").isEqualTo(16L);
      assertThat(browserErrors(desk)).as("nothing refused by the Content-Security-Policy").isEmpty();
    }
  }

  @Test
  void anEmployeeGetsTheForbiddenPage() {
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      logIn(phone, "fajar");
      phone.go(base() + "/app/admin/proses");
      phone.awaitText("Anda tidak berhak membuka halaman ini.");
      phone.go(base() + "/app/admin/proses/PROCESS/skp-planning/ubah?versi=1");
      phone.awaitText("Anda tidak berhak membuka halaman ini.");
      phone.screenshot("admin-07-pegawai-403");
    }
  }

  private static KinerjaUser hr() {
    return new KinerjaUser("hr", Set.of(Role.HR));
  }

  private static JavascriptExecutor js(Chromium browser) {
    return (JavascriptExecutor) browser.driver();
  }

  private static void ready(Chromium browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "true".equals(
        js(browser).executeScript("var e = document.getElementById('editor'); return e && e.dataset.ready;"))
        || !browser.driver().findElements(By.cssSelector("#hasil.galat")).isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector("#hasil.galat"))).as("editor loaded").isEmpty();
  }

  /** Selects an element on the canvas (as a click would), so the properties panel shows it. */
  private static void select(Chromium browser, String id) {
    // a field being typed in keeps the panel on its element: leave it first, as a click on the canvas would
    js(browser).executeScript("if (document.activeElement) { document.activeElement.blur(); }");
    String name = (String) js(browser).executeScript("var m = window.kinerjaEditor;"
        + "var e = m.get('elementRegistry').get(arguments[0]); m.get('selection').select(e);"
        + "return e.businessObject.name;", id);
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
          By.cssSelector("#panel .bio-properties-panel-header-label")).stream()
          .anyMatch(l -> name.equals(l.getText().strip())));
    } catch (RuntimeException e) {
      browser.screenshot("admin-gagal-pilih-" + id);
      throw e;
    }
  }

  private static void openGroup(Chromium browser, String groupId) {
    List<WebElement> headers = browser.driver().findElements(By.cssSelector("[data-group-id='group-" + groupId
        + "'] .bio-properties-panel-group-header"));
    assertThat(headers).as("group " + groupId + " among " + js(browser).executeScript("return Array.from("
        + "document.querySelectorAll('[data-group-id]')).map(function (g) { return g.dataset.groupId; }).join();"))
        .isNotEmpty();
    if (!headers.get(0).getAttribute("class").contains("open")) {
      headers.get(0).click();
    }
  }

  private static Object readiness(Chromium browser, String id) {
    return js(browser).executeScript("return document.getElementById(arguments[0]).dataset.ready;", id);
  }

  /** The ids of the shapes carrying a marker in one of the comparison's two diagrams. */
  @SuppressWarnings("unchecked")
  private static List<String> marked(Chromium browser, String pane, String marker) {
    return (List<String>) js(browser).executeScript("return Array.from(document.querySelectorAll('#' + arguments[0]"
        + " + ' .djs-element.' + arguments[1])).map(function (e) { return e.dataset.elementId; });", pane, marker);
  }

  private static String saved(Chromium browser) {
    return (String) js(browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "window.kinerjaEditor.saveXML({ format: true }).then(function (r) { done(r.xml); });");
  }

  private static List<String> browserErrors(Chromium browser) {
    return browser.driver().manage().logs().get("browser").getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(e -> e.getMessage()).filter(m -> m.contains("Content Security Policy")).toList();
  }

  private void logIn(Chromium browser, String username) {
    browser.logInToPortal(base(), username, PASSWORD);
  }


  private String base() {
    return "http://localhost:" + port;
  }
}
