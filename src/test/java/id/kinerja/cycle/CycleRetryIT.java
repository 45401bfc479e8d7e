package id.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A cycle never reports success it did not have: employees whose planning could not be started are shown with
 * the reason, the cycle is OPEN_WITH_ERRORS, and HR's retry starts them, once.
 */
class CycleRetryIT extends PostgresIntegrationTest {

  private static final String UNIT = "DISDUKCAPIL-CAPIL";

  @Autowired
  RepositoryService repository;

  @Test
  void failedStartsAreShownAndARetryStartsThemOnce() {
    String cycleJson;
    repository.suspendProcessDefinitionByKey("skp-planning");
    try {
      ResponseEntity<String> opened = postJson("hr", "/api/v1/cycles",
          "{\"year\":2027,\"cadence\":\"QUARTERLY\",\"unitCode\":\"" + UNIT + "\"}");
      assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      long id = ((Number) JsonPath.read(opened.getBody(), "$.id")).longValue();
      cycleJson = Pause.until(() -> get("hr", "/api/v1/cycles/" + id, null).getBody(),
          body -> !"OPENING".equals(JsonPath.read(body, "$.status")), Pause.BACKGROUND_WORK, "still opening");
    } finally {
      repository.activateProcessDefinitionByKey("skp-planning");
    }
    long id = ((Number) JsonPath.read(cycleJson, "$.id")).longValue();
    int total = JsonPath.read(cycleJson, "$.total");
    assertThat(total).isEqualTo(3);
    assertThat((String) JsonPath.read(cycleJson, "$.status")).isEqualTo("OPEN_WITH_ERRORS");
    assertThat((Integer) JsonPath.read(cycleJson, "$.started")).isZero();
    assertThat((Integer) JsonPath.read(cycleJson, "$.failed")).isEqualTo(3);
    List<String> nips = JsonPath.read(cycleJson, "$.failures[*].employeeNip");
    assertThat(nips).contains("197608232003011025", "198611272011032027", "199007222014011028");
    List<String> kinds = JsonPath.read(cycleJson, "$.failures[*].kind");
    assertThat(kinds).containsOnly("SKP_PLANNING");
    List<String> messages = JsonPath.read(cycleJson, "$.failures[*].message");
    assertThat(messages).allSatisfy(m -> assertThat(m).containsIgnoringCase("suspended"));

    assertThat(postJson("intan", "/api/v1/cycles/" + id + "/retry", "").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> unknown = postJson("hr", "/api/v1/cycles/987654321/retry", "");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertProblemJson(unknown);

    ResponseEntity<String> retried = postJson("hr", "/api/v1/cycles/" + id + "/retry", "");
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String after = Pause.until(() -> get("hr", "/api/v1/cycles/" + id, null).getBody(),
        body -> "OPEN".equals(JsonPath.read(body, "$.status")), Pause.BACKGROUND_WORK, "retry did not finish");
    assertThat((Integer) JsonPath.read(after, "$.started")).isEqualTo(3);
    assertThat((Integer) JsonPath.read(after, "$.failed")).isZero();

    ResponseEntity<String> again = postJson("hr", "/api/v1/cycles/" + id + "/retry", "");
    assertThat(again.getStatusCode()).as("nothing left to retry").isEqualTo(HttpStatus.OK);
    Pause.holds(() -> (Integer) JsonPath.read(get("hr", "/api/v1/cycles/" + id, null).getBody(), "$.started"),
        started -> started == 3, java.time.Duration.ofSeconds(1), "a retry with nothing to retry starts nobody");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").active().count())
        .isPositive();

    evaluationOpeningsShowAndRetryTheirFailuresToo(id);
  }

  private void evaluationOpeningsShowAndRetryTheirFailuresToo(long cycleId) {
    long skp = ((Number) JsonPath.<List<Integer>>read(get("intan", "/api/v1/skp?year=2027", null).getBody(),
        "$[*].id").get(0)).longValue();
    putJson("intan", "/api/v1/skp/" + skp, """
        {"rhk":[{"text":"Terlayaninya pencatatan kelahiran","type":"UTAMA","weight":100,"indicators":[
          {"text":"Akta kelahiran diverifikasi","aspect":"KUANTITAS","approach":"KUANTITATIF","target":100,
           "unit":"akta","direction":"HIGHER_IS_BETTER"}]}]}""");
    assertThat(postJson("intan", "/api/v1/skp/" + skp + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    Pause.until(() -> postJson("kabid.capil", "/api/v1/skp/" + skp + "/review", "{\"decision\":\"APPROVE\"}"),
        r -> r.getStatusCode().is2xxSuccessful(), Pause.BACKGROUND_WORK, "review of intan's SKP refused");

    String after;
    repository.suspendProcessDefinitionByKey("evaluasi-kinerja");
    try {
      assertThat(postJson("hr", "/api/v1/cycles/" + cycleId + "/evaluations", "{\"period\":\"Q1\"}")
          .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      after = Pause.until(() -> get("hr", "/api/v1/cycles/" + cycleId, null).getBody(),
          body -> ((Integer) JsonPath.read(body, "$.failed")) == 1, Pause.BACKGROUND_WORK, "no evaluation failure");
    } finally {
      repository.activateProcessDefinitionByKey("evaluasi-kinerja");
    }
    assertThat((String) JsonPath.read(after, "$.status")).isEqualTo("OPEN_WITH_ERRORS");
    assertThat((String) JsonPath.read(after, "$.failures[0].kind")).isEqualTo("EVALUATION");
    assertThat((String) JsonPath.read(after, "$.failures[0].period")).isEqualTo("Q1");
    assertThat((String) JsonPath.read(after, "$.failures[0].employeeNip")).isEqualTo("198611272011032027");
    assertThat(JsonPath.<List<Object>>read(get("intan", "/api/v1/evaluations?year=2027", null).getBody(), "$"))
        .as("nothing half-stored").isEmpty();

    assertThat(postJson("hr", "/api/v1/cycles/" + cycleId + "/retry", "").getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    Pause.until(() -> get("hr", "/api/v1/cycles/" + cycleId, null).getBody(),
        body -> "OPEN".equals(JsonPath.read(body, "$.status")), Pause.BACKGROUND_WORK, "evaluation retry");
    assertThat(postJson("hr", "/api/v1/cycles/" + cycleId + "/retry", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    Pause.holds(() -> JsonPath.<List<Object>>read(get("intan", "/api/v1/evaluations?year=2027", null).getBody(), "$")
        .size(), size -> size == 1, java.time.Duration.ofSeconds(1), "a retry with nothing to retry starts nothing");
  }
}
