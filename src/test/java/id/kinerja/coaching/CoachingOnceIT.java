package id.kinerja.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One coaching under way per SKP, however many heads above the employee start one, and at the same time. */
class CoachingOnceIT extends PostgresIntegrationTest {

  @Autowired
  CoachingPlans plans;

  @Autowired
  RuntimeService runtime;

  @Test
  void theSupervisorTheSeniorAndTheHeadStartingCoachingAtOnceLeaveOnePlan() {
    openCycle("\"year\":2027,\"cadence\":\"QUARTERLY\",\"unitCode\":\"BKPSDM-BANGKOM-DIKLAT\"");
    List<Integer> ids = JsonPath.read(get("putri", "/api/v1/skp?year=2027", null).getBody(), "$[*].id");
    long skp = ids.get(0).longValue();
    String body = "{\"skpId\":" + skp + "}";

    List<ResponseEntity<String>> answers = Stream.of("kasi.diklat", "kabid.bangkom", "kaban.bkpsdm", "kasi.diklat")
        .map(head -> CompletableFuture.supplyAsync(() -> postJson(head, "/api/v1/coaching", body)))
        .toList().stream().map(CompletableFuture::join).toList();

    assertThat(answers).extracting(ResponseEntity::getStatusCode)
        .containsOnly(HttpStatus.ACCEPTED, HttpStatus.CONFLICT)
        .filteredOn(HttpStatus.ACCEPTED::equals).hasSize(1);
    ResponseEntity<String> refused = answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT)
        .findFirst().orElseThrow();
    assertProblemJson(refused);
    assertThat(refused.getBody()).contains("masih berjalan");
    assertThat(plans.findAll().stream().filter(p -> p.getSkpId() == skp && "OPEN".equals(p.getStatus())))
        .hasSize(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CoachingService.PROCESS_KEY)
        .variableValueEquals("skpId", skp).count()).isEqualTo(1);
  }
}
