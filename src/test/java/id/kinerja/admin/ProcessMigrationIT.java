package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.OwnGovernment;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Running {@code skp-planning} instances move from version n to n+1 (n+1 differs in documentation only).
 * Cycle used: 2027 DISDIK-SD-KUR. Other tests' instances on version n move along; the models are equivalent.
 * An instance started before decision 118's variable rename gets the new names when it moves (own government MIG,
 * 2026).
 */
class ProcessMigrationIT extends PostgresIntegrationTest {

  static final String BASE = "/api/v1/admin/migrations";

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;

  int latest() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").latestVersion()
        .singleResult().getVersion();
  }

  long runningOn(int version) {
    String id = repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning")
        .processDefinitionVersion(version).singleResult().getId();
    return runtime.createProcessInstanceQuery().processDefinitionId(id).count();
  }

  @Test
  void runningPlanningInstancesMigrateFromNToNPlusOneWithAPreviewThatCountsThem() {
    openCycle("\"year\":2027,\"cadence\":\"QUARTERLY\",\"unitCode\":\"DISDIK-SD-KUR\"");
    int n = latest();
    long onN = runningOn(n);
    assertThat(onN).isPositive();
    String model = DeploymentGateIT.planning().replaceFirst("(<bpmn:userTask id=\"TindakLanjutKeterlambatan\"[^>]*>)",
        "$1\n      <bpmn:documentation>Eskalasi (uji migrasi)</bpmn:documentation>");
    ResponseEntity<String> deployed = DeploymentGateIT.deployWith(http, "hr", null, Map.of("deployment-reason",
        "Uji migrasi", "enable-duplicate-filtering", "false"), "skp-planning.bpmn", model);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(latest()).isEqualTo(n + 1);

    String request = "{\"processKey\":\"skp-planning\",\"fromVersion\":" + n + "}";
    ResponseEntity<String> preview = postJson("hr", BASE + "/preview", request);
    assertThat(preview.getStatusCode()).as(preview.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) JsonPath.read(preview.getBody(), "$.instances")).longValue()).isEqualTo(onN);
    assertThat(((Number) JsonPath.read(preview.getBody(), "$.migratable")).longValue()).isEqualTo(onN);
    assertThat((Integer) JsonPath.read(preview.getBody(), "$.toVersion")).isEqualTo(n + 1);
    assertThat((List<String>) JsonPath.read(preview.getBody(), "$.mapped[*].sourceActivityId"))
        .contains("SusunSkp", "TinjauSkp", "TindakLanjutKeterlambatan");
    assertThat((List<?>) JsonPath.read(preview.getBody(), "$.unmapped")).isEmpty();
    List<Number> waitingAtDraft = JsonPath.read(preview.getBody(),
        "$.mapped[?(@.sourceActivityId == 'SusunSkp')].waiting");
    assertThat(waitingAtDraft).singleElement().satisfies(w -> assertThat(w.longValue()).isPositive());

    assertThat(postJson("hr", BASE, request).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postJson("sandi", BASE + "/preview", request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> started = postJson("hr", BASE, "{\"processKey\":\"skp-planning\",\"fromVersion\":" + n
        + ",\"reason\":\"Uji migrasi ke versi baru\"}");
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    String batch = JsonPath.read(started.getBody(), "$.batchId");
    assertThat(((Number) JsonPath.read(started.getBody(), "$.instances")).longValue()).isEqualTo(onN);
    String done = Pause.until(() -> get("hr", BASE + "/" + batch, null).getBody(),
        body -> Boolean.TRUE.equals(JsonPath.read(body, "$.finished")), Pause.BACKGROUND_WORK,
        "migration batch " + batch + " did not finish");
    assertThat((List<?>) JsonPath.read(done, "$.failures")).isEmpty();
    assertThat(runningOn(n)).isZero();
    assertThat(runningOn(n + 1)).isGreaterThanOrEqualTo(onN);
    assertThat(get("hr", BASE + "/tidak-ada", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anInstanceStartedBeforeTheVariableRenameGetsTheNewNamesWhenItMovesToTheNewModel() {
    OwnGovernment mig = OwnGovernment.build(this, identity, "MIG", "197401012002011097", "198401012010011098",
        "199301012018011099");
    openCycle("\"year\":2026,\"cadence\":\"ANNUAL\",\"unitCode\":\"" + mig.seksi() + "\"");
    ProcessInstance current = runtime.createProcessInstanceQuery().processDefinitionKey("skp-planning")
        .variableValueEquals("employee", mig.staf()).singleResult();
    Object skpId = runtime.getVariable(current.getId(), "skpId");
    String shipped = DeploymentGateIT.planning();
    String beforeRename = shipped.replace("${pengingatPenyusunan}", "${submitReminder}")
        .replace("${pengingatPeninjauan}", "${reviewReminder}").replace("${batasEskalasi}", "${escalation}");
    assertThat(beforeRename).contains("${submitReminder}", "${reviewReminder}", "${escalation}")
        .doesNotContain("${pengingatPenyusunan}", "${pengingatPeninjauan}", "${batasEskalasi}");

    // the staff member's planning as it ran before the rename: the former model, given the former names
    ProcessDefinition former = deploy(beforeRename);
    ProcessInstance old;
    try {
      runtime.deleteProcessInstance(current.getId(), "Uji migrasi: dimulai ulang pada model sebelum ganti nama", true);
      old = runtime.startProcessInstanceById(former.getId(), current.getBusinessKey(), Map.of("skpId", skpId,
          "employee", mig.staf(), "revision", 0, "submitReminder", "P3D", "reviewReminder", "P2D",
          "escalation", "P9D"));
    } finally {
      deploy(shipped);
    }
    assertThat(runtime.getVariable(old.getId(), "batasEskalasi")).isNull();

    ResponseEntity<String> started = postJson("hr", BASE, "{\"processKey\":\"skp-planning\",\"fromVersion\":"
        + former.getVersion() + ",\"reason\":\"Uji migrasi setelah ganti nama variabel\"}");
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    String batch = JsonPath.read(started.getBody(), "$.batchId");
    String done = Pause.until(() -> get("hr", BASE + "/" + batch, null).getBody(),
        body -> Boolean.TRUE.equals(JsonPath.read(body, "$.finished")), Pause.BACKGROUND_WORK,
        "migration batch " + batch + " did not finish");
    assertThat((List<?>) JsonPath.read(done, "$.failures")).isEmpty();

    String target = runtime.createProcessInstanceQuery().processInstanceId(old.getId()).singleResult()
        .getProcessDefinitionId();
    assertThat(target).isEqualTo(repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning")
        .latestVersion().singleResult().getId());
    assertThat(runtime.getVariables(old.getId())).containsEntry("revisi", 0)
        .containsEntry("pengingatPenyusunan", "P3D").containsEntry("pengingatPeninjauan", "P2D")
        .containsEntry("batasEskalasi", "P9D").containsEntry("escalation", "P9D");
    // the new model's timer reads the new name: without it this would fail with "Unknown property"
    long timersBefore = management.createJobQuery().processInstanceId(old.getId())
        .activityId("Timer_BatasPenyepakatan").count();
    runtime.createProcessInstanceModification(old.getId()).startBeforeActivity("Timer_BatasPenyepakatan").execute();
    assertThat(management.createJobQuery().processInstanceId(old.getId()).activityId("Timer_BatasPenyepakatan")
        .count()).isEqualTo(timersBefore + 1);
  }

  ProcessDefinition deploy(String model) {
    ResponseEntity<String> deployed = DeploymentGateIT.deployWith(http, "hr", null, Map.of("deployment-reason",
        "Uji migrasi nama variabel", "enable-duplicate-filtering", "false"), "skp-planning.bpmn", model);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    return repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").latestVersion()
        .singleResult();
  }
}
