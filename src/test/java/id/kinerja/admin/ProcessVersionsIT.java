package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Versions, comparison and roll-back of {@code skp-planning} (each new version differs only in documentation). */
class ProcessVersionsIT extends PostgresIntegrationTest {

  static final String BASE = "/api/v1/admin/process-definitions";

  @Autowired
  RepositoryService repository;

  int latest() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").latestVersion()
        .singleResult().getVersion();
  }

  @Test
  void hrSeesVersionsWithReasonComparesThemAndRollsBack() {
    int before = latest();
    String model = DeploymentGateIT.planning().replaceFirst("(<bpmn:userTask id=\"TinjauSkp\"[^>]*>)",
        "$1\n      <bpmn:documentation>Ditinjau pejabat penilai (uji versi)</bpmn:documentation>");
    ResponseEntity<String> deployed = new DeploymentGateIT().deployWith(http, "hr", Map.of("deployment-reason",
        "Uji versi: dokumentasi Tinjau SKP", "enable-duplicate-filtering", "false"), "skp-planning.bpmn", model);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    int added = latest();
    assertThat(added).isEqualTo(before + 1);

    ResponseEntity<String> list = get("hr", BASE, null);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> versions = JsonPath.read(list.getBody(),
        "$[?(@.type == 'PROCESS' && @.key == 'skp-planning')].versions[*]");
    assertThat(versions.get(0)).containsEntry("version", added).containsEntry("deployedBy", "hr")
        .containsEntry("reason", "Uji versi: dokumentasi Tinjau SKP").containsKey("runningInstances");
    assertThat((List<String>) JsonPath.read(list.getBody(), "$[?(@.type == 'FORM')].key")).contains("skp-susun");
    assertThat((List<String>) JsonPath.read(list.getBody(), "$[?(@.type == 'DECISION')].key"))
        .contains("rating-hasil-kerja", "predikat-kinerja");

    ResponseEntity<String> compared = get("hr", BASE + "/process/skp-planning/compare?from=" + before + "&to="
        + added, null);
    assertThat(compared.getStatusCode()).as(compared.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((List<String>) JsonPath.read(compared.getBody(), "$.changed[*].id")).containsExactly("TinjauSkp");
    assertThat((List<String>) JsonPath.read(compared.getBody(), "$.changed[0].properties[*].property"))
        .containsExactly("documentation/text");

    ResponseEntity<String> noReason = postJson("hr", BASE + "/process/skp-planning/versions/" + before
        + "/rollback", "{}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> rolledBack = postJson("hr", BASE + "/process/skp-planning/versions/" + before
        + "/rollback", "{\"reason\":\"dokumentasi belum disetujui\"}");
    assertThat(rolledBack.getStatusCode()).as(rolledBack.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(latest()).isEqualTo(added + 1);
    ResponseEntity<String> same = get("hr", BASE + "/process/skp-planning/compare?from=" + before + "&to="
        + (added + 1), null);
    assertThat((List<?>) JsonPath.read(same.getBody(), "$.changed")).isEmpty();
    assertThat((String) JsonPath.read(get("hr", BASE, null).getBody(),
        "$[?(@.type == 'PROCESS' && @.key == 'skp-planning')].versions[0].reason").toString())
        .contains("dokumentasi belum disetujui");
  }

  @Test
  void onlyHrSeesVersionsAndUnknownVersionsAre404() {
    assertThat(get("sandi", BASE, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("sandi", BASE + "/process/skp-planning/versions/1/rollback", "{\"reason\":\"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> missing = get("hr", BASE + "/process/skp-planning/compare?from=1&to=9999", null);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertProblemJson(missing);
    assertThat(get("hr", BASE + "/bogus/skp-planning/compare?from=1&to=2", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
