package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Running {@code skp-planning} instances move from version n to n+1 (n+1 differs in documentation only).
 * Cycle used: 2027 DISDIK-SD-KUR. Other tests' instances on version n move along; the models are equivalent.
 */
class ProcessMigrationIT extends PostgresIntegrationTest {

  static final String BASE = "/api/v1/admin/migrations";

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;

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
}
