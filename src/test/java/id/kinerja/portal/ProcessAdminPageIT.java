package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.admin.InstanceModifications;
import id.kinerja.common.AuditTrail;
import id.kinerja.support.PostgresIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code /app/admin/proses} over HTTP: HR sees every model with its versions, opens the editors and their files,
 * deploys through the gate (its refusal as Indonesian problem details), rolls back only with a reason, previews and
 * starts a migration, and moves a running instance's token (audited); employees get the 403 page. The instances
 * belong to a process of this test's own ({@code uji-modifikasi}, receive tasks only: no task in anybody's list),
 * removed afterwards.
 */
class ProcessAdminPageIT extends PostgresIntegrationTest {

  static final String KEY = "uji-modifikasi";

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  AuditTrail audit;

  static String tinyProcess(String extraName) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs_uji" targetNamespace="http://kinerja.id/uji">
          <bpmn:process id="uji-modifikasi" name="Uji modifikasi %s" isExecutable="true"
              camunda:historyTimeToLive="P30D">
            <bpmn:startEvent id="Mulai"/>
            <bpmn:sequenceFlow id="f1" sourceRef="Mulai" targetRef="TungguA"/>
            <bpmn:receiveTask id="TungguA" name="Tunggu A"/>
            <bpmn:sequenceFlow id="f2" sourceRef="TungguA" targetRef="TungguB"/>
            <bpmn:receiveTask id="TungguB" name="Tunggu B"/>
            <bpmn:sequenceFlow id="f3" sourceRef="TungguB" targetRef="Selesai"/>
            <bpmn:endEvent id="Selesai"/>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(extraName);
  }

  /** Test set-up straight through the engine (the gate's own rules are DeploymentGateIT's). */
  private Deployment deployTiny(String name) {
    return repository.createDeployment().name("uji-" + name).addString("uji-modifikasi.bpmn", tinyProcess(name))
        .deploy();
  }

  @AfterEach
  void removeTestProcess() {
    runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup"));
    repository.createProcessDefinitionQuery().processDefinitionKey(KEY).list()
        .forEach(d -> repository.deleteDeployment(d.getDeploymentId(), true));
  }

  @Test
  void hrSeesEveryModelWithItsVersionsAndOpensTheEditors() {
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    HttpResponse<String> page = hr.get("/app/admin/proses");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Proses dan aturan", "Proses (BPMN)", "Keputusan (DMN)", "Formulir",
        "skp-planning", "rating-hasil-kerja", "skp-susun", "aplikasi (bawaan)");
    int latest = repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").latestVersion()
        .singleResult().getVersion();

    HttpResponse<String> editor = hr.get("/app/admin/proses/PROCESS/skp-planning/ubah?versi=" + latest);
    assertThat(editor.statusCode()).isEqualTo(200);
    assertThat(editor.body()).contains("/app/editor/bpmn-editor.js", "/app/editor/bpmn-editor.css",
        "data-file=\"/app/admin/proses/PROCESS/skp-planning/versi/" + latest + "/berkas\"")
        .doesNotContain("<script>");
    String editorPolicy = editor.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(editorPolicy).as("style attributes of the editors (decision 94)")
        .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("style-src 'self';");
    HttpResponse<String> file = hr.get("/app/admin/proses/PROCESS/skp-planning/versi/" + latest + "/berkas", "*/*");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).contains("id=\"skp-planning\"");
    assertThat(hr.get("/app/admin/proses/FORM/skp-susun/ubah?versi=1").body()).contains("/app/editor/form-editor.js");
    assertThat(hr.get("/app/admin/proses/DECISION/rating-hasil-kerja/ubah?versi=1").body())
        .contains("/app/editor/dmn-editor.js");
    HttpResponse<String> bundle = hr.get("/app/editor/bpmn-editor.js", "*/*");
    assertThat(bundle.statusCode()).as("the bundle the Maven build made").isEqualTo(200);
    assertThat(bundle.body()).contains("kinerjaEditor");

    assertThat(hr.get("/app/admin/proses/SCRIPT/skp-planning/ubah?versi=1").statusCode()).isEqualTo(404);
    assertThat(hr.get("/app/admin/proses/PROCESS/skp-planning/banding?dari=987654&ke=" + latest).statusCode())
        .isEqualTo(404);
  }

  @Test
  void employeesGetTheForbiddenPage() {
    PortalSession employee = PortalSession.loggedIn(port, "fajar", PASSWORD);
    for (String path : List.of("/app/admin/proses", "/app/admin/proses/PROCESS/skp-planning/ubah?versi=1",
        "/app/admin/proses/PROCESS/skp-planning/versi/1/berkas")) {
      HttpResponse<String> page = employee.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(403);
      assertThat(page.body()).as(path).contains("Anda tidak berhak membuka halaman ini.");
    }
    employee.get("/app/beranda");
    HttpResponse<String> deploy = employee.postMultipart("/app/admin/proses/deploy", Map.of("reason", "coba"),
        Map.of("uji-modifikasi.bpmn", tinyProcess("pegawai")));
    assertThat(deploy.statusCode()).isEqualTo(403);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
    HttpResponse<String> rollBack = employee.post("/app/admin/proses/PROCESS/skp-planning/versi/1/kembalikan",
        Map.of("reason", "coba"));
    assertThat(rollBack.statusCode()).isEqualTo(403);
  }

  /** A harmless new version of skp-planning: one more documentation text (as ProcessVersionsIT deploys). */
  static String planningWithDocumentation(String text) {
    try (var in = ProcessAdminPageIT.class.getClassLoader().getResourceAsStream("processes/skp-planning.bpmn")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceFirst(
          "(<bpmn:userTask id=\"TinjauSkp\"[^>]*>)", "$1\n      <bpmn:documentation>" + text + "</bpmn:documentation>");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int latestPlanning() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").latestVersion()
        .singleResult().getVersion();
  }

  @Test
  void theEditorsDeployGoesThroughTheGateWithAReason() {
    int before = latestPlanning();
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    hr.get("/app/admin/proses");
    String model = planningWithDocumentation("Uji halaman proses " + System.nanoTime());
    HttpResponse<String> noReason = hr.postMultipart("/app/admin/proses/deploy",
        Map.of("reason", " ", "name", "editor-skp-planning"), Map.of("skp-planning.bpmn", model));
    assertThat(noReason.statusCode()).as("the deployment name is no reason here").isEqualTo(400);
    assertThat(noReason.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    assertThat(noReason.body()).contains("Alasan deployment wajib diisi");
    String unassigned = model.replaceFirst("camunda:assignee=\"\\$\\{employee\\}\"", "");
    assertThat(unassigned).isNotEqualTo(model);
    HttpResponse<String> refused = hr.postMultipart("/app/admin/proses/deploy", Map.of("reason", "uji gerbang"),
        Map.of("skp-planning.bpmn", unassigned));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Tugas pengguna 'Susun SKP' (SusunSkp) tidak punya penerima");
    HttpResponse<String> bad = hr.postMultipart("/app/admin/proses/deploy", Map.of("reason", "uji rusak"),
        Map.of("skp-planning.bpmn", "<bpmn:definitions"));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(latestPlanning()).as("nothing deployed").isEqualTo(before);

    HttpResponse<String> deployed = hr.postMultipart("/app/admin/proses/deploy",
        Map.of("reason", "Uji halaman proses"), Map.of("skp-planning.bpmn", model));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    assertThat(deployed.body()).contains("\"created\":true", "\"key\":\"skp-planning\"",
        "\"version\":" + (before + 1));
    assertThat(hr.get("/app/admin/proses").body()).contains("Uji halaman proses");
  }

  @Test
  void rollBackNeedsAReasonAndStoresNothingWithoutOne() {
    int before = latestPlanning();
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    hr.get("/app/admin/proses");
    String path = "/app/admin/proses/PROCESS/skp-planning/versi/" + before + "/kembalikan";
    HttpResponse<String> noReason = hr.post(path, Map.of("reason", " "));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Alasan");
    assertThat(latestPlanning()).isEqualTo(before);
    // rolling back to the newest version deploys the same file again: harmless for the other tests
    HttpResponse<String> rolledBack = hr.post(path, Map.of("reason", "uji kembalikan versi"));
    assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(302);
    assertThat(latestPlanning()).isEqualTo(before + 1);
    HttpResponse<String> list = hr.get("/app/admin/proses");
    assertThat(list.body()).contains("Rollback skp-planning ke versi " + before + ": uji kembalikan versi");
    HttpResponse<String> compared = hr.get("/app/admin/proses/PROCESS/skp-planning/banding?dari=" + before + "&ke="
        + (before + 1));
    assertThat(compared.statusCode()).isEqualTo(200);
    assertThat(compared.body()).contains("Tidak ada perbedaan.");
  }

  @Test
  void migrationPreviewCountsTheInstancesAndStartsABatch() {
    deployTiny("v1");
    runtime.startProcessInstanceByKey(KEY, "uji-migrasi-1");
    runtime.startProcessInstanceByKey(KEY, "uji-migrasi-2");
    deployTiny("v2");
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    HttpResponse<String> list = hr.get("/app/admin/proses");
    assertThat(list.body()).contains("/app/admin/proses/PROCESS/uji-modifikasi/migrasi?dari=1&amp;ke=2");
    HttpResponse<String> preview = hr.get("/app/admin/proses/PROCESS/uji-modifikasi/migrasi?dari=1&ke=2");
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("2 instans berjalan, 2 dapat dimigrasikan.", "TungguA → TungguA");
    HttpResponse<String> noReason = hr.post("/app/admin/proses/PROCESS/uji-modifikasi/migrasi?dari=1&ke=2",
        Map.of());
    assertThat(noReason.statusCode()).isEqualTo(400);
    HttpResponse<String> started = hr.post("/app/admin/proses/PROCESS/uji-modifikasi/migrasi?dari=1&ke=2",
        Map.of("reason", "uji migrasi halaman"));
    assertThat(started.statusCode()).isEqualTo(302);
    String location = started.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/app/admin/proses/migrasi/");
    HttpResponse<String> progress = hr.get(location.substring(location.indexOf("/app/")));
    assertThat(progress.statusCode()).isEqualTo(200);
    assertThat(progress.body()).contains("Kemajuan migrasi", "/app/aset/admin.js");
    String target = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).processDefinitionVersion(2)
        .singleResult().getId();
    long deadline = System.currentTimeMillis() + 60_000;
    while (runtime.createProcessInstanceQuery().processDefinitionId(target).count() < 2
        && System.currentTimeMillis() < deadline) {
      sleep();
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(target).count()).as("migrated").isEqualTo(2);
  }

  @Test
  void hrMovesAnInstancesTokenWithAReasonAndItIsAudited() {
    deployTiny("v1");
    String id = runtime.startProcessInstanceByKey(KEY, "uji-pindah").getId();
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    HttpResponse<String> instances = hr.get("/app/admin/proses/PROCESS/uji-modifikasi/versi/1/instans");
    assertThat(instances.statusCode()).isEqualTo(200);
    assertThat(instances.body()).contains(id, "uji-pindah", "Tunggu A");
    HttpResponse<String> page = hr.get("/app/admin/proses/instans/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Tunggu A (TungguA)", "<option value=\"TungguB\"")
        .doesNotContain("<option value=\"Mulai\"");

    HttpResponse<String> noReason = hr.post("/app/admin/proses/instans/" + id + "/pindah",
        Map.of("dari", "TungguA", "ke", "TungguB"));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Alasan pemindahan wajib diisi.");
    HttpResponse<String> unknown = hr.post("/app/admin/proses/instans/" + id + "/pindah",
        Map.of("dari", "TungguA", "ke", "TidakAda", "reason", "uji"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Aktivitas &#39;TidakAda&#39; tidak ada");
    HttpResponse<String> notActive = hr.post("/app/admin/proses/instans/" + id + "/pindah",
        Map.of("dari", "TungguB", "ke", "Selesai", "reason", "uji"));
    assertThat(notActive.statusCode()).isEqualTo(400);
    assertThat(activeActivities(id)).containsExactly("TungguA");
    assertThat(audit.of(InstanceModifications.AUDIT_SUBJECT, id)).isEmpty();

    HttpResponse<String> moved = hr.post("/app/admin/proses/instans/" + id + "/pindah",
        Map.of("dari", "TungguA", "ke", "TungguB", "reason", "berkas sudah lengkap"));
    assertThat(moved.statusCode()).isEqualTo(302);
    assertThat(activeActivities(id)).containsExactly("TungguB");
    var entries = audit.of(InstanceModifications.AUDIT_SUBJECT, id);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).getActor()).isEqualTo("hr");
    assertThat(entries.get(0).getAction()).isEqualTo(InstanceModifications.AUDIT_ACTION);
    assertThat(entries.get(0).getDetails()).contains("berkas sudah lengkap", "\"from\":\"TungguA\"",
        "\"to\":\"TungguB\"");
    assertThat(hr.get("/app/admin/proses/instans/" + id + "?dipindah").body())
        .contains("Token dipindahkan", "Tunggu B (TungguB)");

    PortalSession employee = PortalSession.loggedIn(port, "fajar", PASSWORD);
    assertThat(employee.get("/app/admin/proses/instans/" + id).statusCode()).isEqualTo(403);
    employee.get("/app/beranda");
    assertThat(employee.post("/app/admin/proses/instans/" + id + "/pindah",
        Map.of("dari", "TungguB", "ke", "TungguA", "reason", "coba")).statusCode()).isEqualTo(403);
    assertThat(activeActivities(id)).containsExactly("TungguB");
  }

  @Test
  void theModificationApiChecksCallerAndInput() {
    deployTiny("v1");
    String id = runtime.startProcessInstanceByKey(KEY, "uji-api").getId();
    String api = "/api/v1/admin/instances/" + id;
    ResponseEntity<String> view = get("hr", api, null);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody()).contains("\"processKey\":\"uji-modifikasi\"", "\"id\":\"TungguA\"");
    ResponseEntity<String> list = get("hr", "/api/v1/admin/instances?processKey=uji-modifikasi&version=1", null);
    assertThat(list.getBody()).contains(id);
    assertThat(get("fajar", api, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("fajar", api + "/modification",
        "{\"fromActivityId\":\"TungguA\",\"toActivityId\":\"TungguB\",\"reason\":\"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("hr", api + "/modification", "{\"fromActivityId\":\"TungguA\",\"ke\":\"TungguB\"}")
        .getStatusCode()).as("unknown field").isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> english = as("hr").exchange(api + "/modification", HttpMethod.POST,
        new HttpEntity<>("{\"fromActivityId\":\"TungguA\",\"toActivityId\":\"TungguA\",\"reason\":\"x\"}",
            headers("en")), String.class);
    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(english.getBody()).contains("is the source activity");
    assertThat(postJson("hr", "/api/v1/admin/instances/tidak-ada/modification",
        "{\"fromActivityId\":\"TungguA\",\"toActivityId\":\"TungguB\",\"reason\":\"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> moved = postJson("hr", api + "/modification",
        "{\"fromActivityId\":\"TungguA\",\"toActivityId\":\"Selesai\",\"reason\":\"langsung selesai\"}");
    assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).as("ended").isZero();
  }

  private static HttpHeaders headers(String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return headers;
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> activeActivities(String id) {
    return runtime.getActiveActivityIds(id);
  }
}
