package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Chromium;
import id.kinerja.support.KeycloakIntegrationTest;
import id.kinerja.support.Pause;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SKP agreement in a real browser with single sign-on: the employee signs in on Keycloak's page, fills and
 * submits "Susun SKP" in Tasklist; the supervisor returns it with notes; the employee sees the notes and resubmits;
 * the supervisor approves; logging out ends the Keycloak session too. Screenshots of every step go to
 * target/screenshots/skp-sso. Seksi Kurikulum SD: rina reports to kasi.kurikulum. Needs Debian's chromium and
 * chromium-driver (.ci/run installs them); without them the test is reported as skipped, with the reason.
 */
class KeycloakBrowserIT extends KeycloakIntegrationTest {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "skp-sso");
  private static final String NOTES = "Target indikator terlalu rendah: naikkan menjadi 60 sekolah.";

  @Autowired
  TaskService tasks;

  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed (" + Chromium.BROWSER + ", "
        + Chromium.DRIVER + "): apt-get install chromium chromium-driver, as .ci/run does");
  }

  @Test
  void anSkpIsDraftedReturnedWithNotesResubmittedAndApprovedInTasklist() {
    openCycle(2026, "DISDIK-SD");
    long skp = skpOf("rina", 2026);
    String businessKey = "skp-" + skp;

    try (Chromium rina = signIn("rina", "01-keycloak-login", "02-tasklist-pegawai")) {
      openTask(rina, awaitTask(businessKey, "SusunSkp", "rina"));
      rina.click(By.xpath("//button[contains(normalize-space(.), 'Add new')]"));
      rina.type("Rencana hasil kerja", "Terlaksananya verifikasi kurikulum sekolah dasar");
      rina.choose("Jenis RHK", "Utama");
      rina.type("Bobot (%)", "100");
      rina.type("Indikator", "Jumlah sekolah yang kurikulumnya diverifikasi");
      rina.choose("Aspek", "Kuantitas");
      rina.choose("Pendekatan", "Kuantitatif (target angka)");
      rina.type("Target", "40");
      rina.type("Satuan", "sekolah");
      rina.choose("Arah capaian", "Semakin tinggi semakin baik");
      rina.screenshot("03-susun-skp-diisi");
      complete(rina, businessKey, "SusunSkp", "04-susun-skp-dikirim");
    }
    assertThat(status(skp, "rina")).isEqualTo("SUBMITTED");

    try (Chromium supervisor = signIn("kasi.kurikulum", null, null)) {
      openTask(supervisor, awaitTask(businessKey, "TinjauSkp", "kasi.kurikulum"));
      assertThat(supervisor.valueOf("Ringkasan SKP")).contains("Terlaksananya verifikasi kurikulum sekolah dasar")
          .contains("target 40 sekolah");
      supervisor.pick("Kembalikan untuk perbaikan");
      supervisor.type("Catatan untuk pegawai", NOTES);
      supervisor.screenshot("05-tinjau-skp-dikembalikan");
      complete(supervisor, businessKey, "TinjauSkp", "06-tinjau-skp-selesai");
    }
    assertThat(status(skp, "rina")).isEqualTo("RETURNED");

    try (Chromium rina = signIn("rina", null, null)) {
      openTask(rina, awaitTask(businessKey, "SusunSkp", "rina"));
      assertThat(rina.valueOf("Catatan pengembalian dari pejabat penilai")).contains(NOTES);
      rina.reveal("Catatan pengembalian dari pejabat penilai");
      rina.screenshot("07-catatan-pengembalian-terlihat");
      rina.type("Target", "60");
      rina.screenshot("08-target-diperbaiki");
      complete(rina, businessKey, "SusunSkp", "09-dikirim-ulang");

      // our pages' logout (POST /logout) ends the Keycloak session as well; its answer leads to "/", i.e. the portal
      // and from there to Keycloak's login: a script does not follow that cross-origin redirect
      ((org.openqa.selenium.JavascriptExecutor) rina.driver())
          .executeScript("return fetch('/logout', {method: 'POST', redirect: 'manual'}).then(r => r.type)");
      rina.go(appUrl() + "/camunda/app/tasklist/default/");
      rina.awaitUrlContaining("/realms/kinerja/");
      rina.await(By.id("kc-login"));
      rina.screenshot("09b-keluar-lewat-post-logout");
    }
    assertThat(status(skp, "rina")).isEqualTo("SUBMITTED");

    try (Chromium supervisor = signIn("kasi.kurikulum", null, null)) {
      openTask(supervisor, awaitTask(businessKey, "TinjauSkp", "kasi.kurikulum"));
      supervisor.pick("Setujui");
      supervisor.screenshot("10-disetujui");
      complete(supervisor, businessKey, "TinjauSkp", "11-skp-disepakati");

      // logging out of Tasklist ends the Keycloak session too: Keycloak asks for the password again
      supervisor.click(By.cssSelector("li.account > a.dropdown-toggle, .account .dropdown-toggle"));
      supervisor.click(By.xpath("//a[normalize-space(.)='Keluar']"));
      // (the page reloads after logout, WebappScriptFixes, and the server sends it to Keycloak)
      supervisor.awaitUrlContaining("/realms/kinerja/");
      supervisor.await(By.id("kc-login"));
      supervisor.screenshot("12-keluar-kembali-ke-login-keycloak");
    }
    assertThat(status(skp, "rina")).isEqualTo("AGREED");
  }

  private Chromium signIn(String username, String loginShot, String tasklistShot) {
    Chromium browser = Chromium.open(SCREENSHOTS);
    browser.go(appUrl() + "/camunda/app/tasklist/default/");
    browser.awaitUrlContaining("/realms/kinerja/");
    // the realm's login theme speaks Indonesian to an Indonesian browser
    assertThat(browser.text(By.id("kc-login"))).isEqualTo("Masuk");
    browser.signInOnKeycloak(username, PASSWORD, loginShot);
    browser.awaitUrlContaining("/camunda/app/tasklist/");
    browser.awaitText("Tugas saya"); // the shared filters have loaded
    if (tasklistShot != null) {
      browser.screenshot(tasklistShot);
    }
    return browser;
  }

  private void openTask(Chromium browser, Task task) {
    browser.go(appUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.await(By.cssSelector(".fjs-form"));
  }

  private void complete(Chromium browser, String businessKey, String taskKey, String shot) {
    Task before = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .singleResult();
    // Tasklist in Bahasa Indonesia (locales/id.json): "Selesaikan" is its Complete button
    By completeButton = By.xpath("//button[normalize-space(.)='Selesaikan']");
    if (!browser.enabledWithin(completeButton, java.time.Duration.ofSeconds(15))) {
      browser.screenshot(shot + "-tidak-bisa-dikirim");
      throw new AssertionError("Selesaikan stays disabled on " + taskKey + "; form errors: " + browser.formErrors());
    }
    browser.click(completeButton);
    for (int i = 0; i < 150 && tasks.createTaskQuery().taskId(before.getId()).count() > 0; i++) {
      pause(200);
    }
    browser.screenshot(shot);
    assertThat(tasks.createTaskQuery().taskId(before.getId()).count())
        .as("task %s completed from the browser (see %s.png)", taskKey, shot).isZero();
  }

  private Task awaitTask(String businessKey, String taskKey, String assignee) {
    return Pause.until(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).taskAssignee(assignee).singleResult(), java.util.Objects::nonNull,
        Pause.BACKGROUND_WORK, "no " + taskKey + " task for " + assignee);
  }

  private String status(long skp, String user) {
    return JsonPath.read(get(tokenFor(user), "/api/v1/skp/" + skp).getBody(), "$.status");
  }
}
