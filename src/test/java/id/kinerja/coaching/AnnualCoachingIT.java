package id.kinerja.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.evaluation.AnnualResultScenario;
import id.kinerja.evaluation.Evaluation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The coaching path after an annual BUTUH_PERBAIKAN (nurul, calibrated in {@link AnnualResultScenario}): once the
 * objection window has passed, coaching starts, planned by the supervisor, a session acknowledged by the employee;
 * a supervisor may also start coaching from an employee's progress.
 */
class AnnualCoachingIT extends AnnualResultScenario {

  @Test
  void aButuhPerbaikanResultStartsCoachingPlannedBySupervisorAndAcknowledgedByTheEmployee() {
    Evaluation nurul = annualResults().nurul();

    // the objection window passes without objection: the result is final, the functional position its multiplier
    closeObjectionWindow(nurul.getId());
    assertThat(creditMultiplierOf(nurul.getId())).as("BUTUH_PERBAIKAN")
        .isEqualTo(75);

    // BUTUH_PERBAIKAN: coaching starts, planned by the supervisor, a session acknowledged by the employee
    Task plan = awaitTask(taskService, "kasi.imunisasi", "SusunRencanaPembinaan");
    long planId = ((Number) taskService.getVariable(plan.getId(), "planId")).longValue();
    Map<String, Object> planForm = new HashMap<>(Map.of("tujuan", "Mencapai 20 desa UCI", "jadwal",
        "Setiap Senin pekan pertama", "tindakan", "[\"BIMBINGAN\",\"MENGHUKUM\"]"));
    assertThatThrownBy(() -> forms.submitTaskForm(plan.getId(), planForm)).hasMessageContaining("Pilih minimal");
    planForm.put("tindakan", "[\"BIMBINGAN\",\"PELATIHAN\"]");
    forms.submitTaskForm(plan.getId(), planForm);
    Task session = awaitTask(taskService, "kasi.imunisasi", "CatatSesiPembinaan");
    assertThatThrownBy(() -> forms.submitTaskForm(session.getId(), Map.of("tanggalSesi", "2099-01-01",
        "catatanSesi", "x"))).hasMessageContaining("masa depan");
    forms.submitTaskForm(session.getId(), Map.of("tanggalSesi", "2026-11-02", "catatanSesi",
        "Membahas strategi sweeping imunisasi"));
    Task acknowledge = awaitTask(taskService, "nurul", "KonfirmasiSesiPembinaan");
    assertThatThrownBy(() -> forms.submitTaskForm(acknowledge.getId(), Map.of("kompetensi", "6")))
        .hasMessageContaining("1 sampai 5");
    forms.submitTaskForm(acknowledge.getId(), Map.of("kompetensi", "4", "umpanBalikPegawai", "Sangat membantu"));
    String coaching = get("nurul", "/api/v1/coaching/" + planId, null).getBody();
    assertThat((Integer) JsonPath.read(coaching, "$.sessions[0].competency")).isEqualTo(4);
    List<String> actions = JsonPath.read(coaching, "$.actions");
    assertThat(actions).containsExactly("BIMBINGAN", "PELATIHAN");
    assertThat(get("yusuf", "/api/v1/coaching/" + planId, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // a supervisor may also start coaching from an employee's progress
    assertThat(postJson("nurul", "/api/v1/coaching", "{\"skpId\":" + skpOf("yusuf") + "}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("kasi.imunisasi", "/api/v1/coaching", "{}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postJson("kasi.imunisasi", "/api/v1/coaching", "{\"skpId\":" + skpOf("yusuf") + "}")
        .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(taskService.createTaskQuery().taskAssignee("kasi.imunisasi").taskDefinitionKey("SusunRencanaPembinaan")
        .count()).isEqualTo(1);
  }
}
