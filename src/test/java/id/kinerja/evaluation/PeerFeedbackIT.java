package id.kinerja.evaluation;

import id.kinerja.planning.CoreValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** A cycle with peer feedback: wulan's supervisor nominates dimas, whose answer reaches the assessment unsigned. */
class PeerFeedbackIT extends PostgresIntegrationTest {

  @Autowired
  TaskService taskService;

  @Autowired
  FormService forms;

  @Test
  void nominatedPeersAnswerAndTheSupervisorSeesOnlyTheAggregate() throws InterruptedException {
    long cycleId = openCycle("\"year\":2026,\"cadence\":\"QUARTERLY\",\"unitCode\":\"DISDUKCAPIL-DAFDUK-KTP\","
        + "\"peerFeedback\":true");
    assertThat((Boolean) JsonPath.read(get("hr", "/api/v1/cycles/" + cycleId, null).getBody(), "$.peerFeedback"))
        .isTrue();
    long skpId = skpOf("wulan");
    putJson("wulan", "/api/v1/skp/" + skpId, """
        {"rhk":[{"text":"Pelayanan KTP-el tepat waktu","type":"UTAMA","weight":100,"indicators":[
          {"text":"KTP-el tercetak","aspect":"KUANTITAS","approach":"KUANTITATIF","target":100,"unit":"keping",
           "direction":"HIGHER_IS_BETTER"}]}]}""");
    postJson("wulan", "/api/v1/skp/" + skpId + "/submit", "");
    assertThat(postJson("kasi.ktp", "/api/v1/skp/" + skpId + "/review", "{\"decision\":\"APPROVE\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    postJson("hr", "/api/v1/cycles/" + cycleId + "/evaluations", "{\"period\":\"Q1\"}");

    forms.submitTaskForm(awaitTask(taskService, "wulan", "EvaluasiDiri").getId(), Map.of());
    Task nominate = awaitTask(taskService, "kasi.ktp", "TunjukRekanKerja");
    assertThat(taskService.getVariableLocal(nominate.getId(), "pilihanRekan").toString()).contains("dimas");
    assertThatThrownBy(() -> forms.submitTaskForm(nominate.getId(), Map.of("rekanKerja", "[\"tidak.ada\"]")))
        .hasMessageContaining("bukan pegawai aktif");
    forms.submitTaskForm(nominate.getId(), Map.of("rekanKerja", "[\"dimas\"]"));

    Task peer = awaitTask(taskService, "dimas", "UmpanBalikRekanKerja");
    Map<String, Object> answers = new HashMap<>();
    for (CoreValue value : CoreValue.values()) {
      answers.put(value.field(), "DI_ATAS_EKSPEKTASI");
    }
    answers.put("komentar", "Sangat membantu warga lansia");
    forms.submitTaskForm(peer.getId(), answers);

    Task assessment = awaitTask(taskService, "kasi.ktp", "PenilaianKinerja");
    String summary = taskService.getVariableLocal(assessment.getId(), "ringkasan").toString();
    assertThat(summary).contains("1 dari 1 rekan menjawab").contains("Akuntabel: di atas 1")
        .contains("Sangat membantu warga lansia").doesNotContain("dimas").doesNotContain("Dimas");
  }

}
