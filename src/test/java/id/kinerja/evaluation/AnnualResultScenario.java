package id.kinerja.evaluation;

import id.kinerja.planning.CoreValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.common.AuditLog;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The annual evaluation of Seksi Surveilans dan Imunisasi (yusuf, nurul; supervisor kasi.imunisasi, senior
 * kabid.p2p) in Dinas Kesehatan (head kadinkes), 2026: the organisation's predikat comes first, the curve is
 * checked, the out-of-curve organisation is calibrated by HR (nurul → BUTUH_PERBAIKAN, yusuf SANGAT_BAIK), and only
 * then does final approval go through. The scenario runs once in the shared context, asserting as it goes, for
 * whichever of {@link AnnualEvaluationIT}, {@code coaching.AnnualCoachingIT} (nurul) and
 * {@code reward.AnnualRewardIT} (yusuf) asks first; a cycle per unit and year exists only once. Each of those then
 * works only on its own employee, so they pass alone and in any order.
 */
public abstract class AnnualResultScenario extends PostgresIntegrationTest {

  /** Both evaluations approved (PUBLISHED), objection windows still open. */
  protected record AnnualResult(long cycleId, Evaluation nurul, Evaluation yusuf) {
  }

  private static AnnualResult result;

  @Autowired
  protected TaskService taskService;

  @Autowired
  protected FormService forms;

  @Autowired
  protected ManagementService managementService;

  @Autowired
  protected RuntimeService runtimeService;

  @Autowired
  protected Evaluations evaluations;

  @Autowired
  protected AuditLog auditLog;

  @Autowired
  protected org.camunda.bpm.engine.IdentityService identityService;

  /** The stored credit-point multiplier of an evaluation (the repository is the evaluation module's own). */
  protected Integer creditMultiplierOf(long evaluationId) {
    return evaluations.findById(evaluationId).orElseThrow().getCreditMultiplier();
  }

  protected AnnualResult annualResults() {
    synchronized (AnnualResultScenario.class) {
      if (result == null) {
        result = run();
      }
      return result;
    }
  }

  private AnnualResult run() {
    long cycleId = openCycle("\"year\":2026,\"cadence\":\"ANNUAL\",\"unitCode\":\"DINKES-P2P-IMUN\"");
    for (String employee : List.of("yusuf", "nurul")) {
      long skp = skpOf(employee);
      putJson(employee, "/api/v1/skp/" + skp, """
          {"rhk":[{"text":"Cakupan imunisasi dasar lengkap","type":"UTAMA","weight":100,"indicators":[
            {"text":"Desa UCI","aspect":"KUANTITAS","approach":"KUANTITATIF","target":20,"unit":"desa",
             "direction":"HIGHER_IS_BETTER"}]}]}""");
      postJson(employee, "/api/v1/skp/" + skp + "/submit", "");
      assertThat(postJson("kasi.imunisasi", "/api/v1/skp/" + skp + "/review", "{\"decision\":\"APPROVE\"}")
          .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    postJson("hr", "/api/v1/cycles/" + cycleId + "/evaluations", "{\"period\":\"ANNUAL\"}");
    Task organisation = awaitTask(taskService, "sekda", "TetapkanPredikatOrganisasi");
    forms.submitTaskForm(awaitTask(taskService, "yusuf", "EvaluasiDiri").getId(), Map.of());
    forms.submitTaskForm(awaitTask(taskService, "nurul", "EvaluasiDiri").getId(), Map.of());

    Task yusufAssessment = assessmentOf("yusuf");
    assertThatThrownBy(() -> forms.submitTaskForm(yusufAssessment.getId(), assessment()))
        .hasMessageContaining("Predikat organisasi belum ditetapkan");

    forms.submitTaskForm(organisation.getId(), Map.of("predikatOrganisasi", "BAIK"));
    forms.submitTaskForm(yusufAssessment.getId(), assessment());
    forms.submitTaskForm(assessmentOf("nurul").getId(), assessment());

    Task yusufApproval = approvalOf("yusuf");
    assertThatThrownBy(() -> forms.submitTaskForm(yusufApproval.getId(), Map.of("keputusan", "APPROVE")))
        .hasMessageContaining("menunggu pemeriksaan kurva");

    // the organisation's periodic check runs now: two SANGAT_BAIK, none BUTUH_PERBAIKAN/KURANG → out of a BAIK curve
    String organisationInstance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("predikat-organisasi").list().stream()
        .filter(p -> taskService.createTaskQuery().processInstanceId(p.getId()).count() == 0)
        .findFirst().orElseThrow().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(organisationInstance)
        .singleResult().getId());
    Task calibration = taskService.createTaskQuery().processInstanceId(organisationInstance)
        .taskDefinitionKey("KalibrasiPredikat").taskCandidateGroup("hr").singleResult();
    assertThat(calibration).isNotNull();

    Evaluation nurul = evaluationOf("nurul");
    Evaluation yusuf = evaluationOf("yusuf");
    // calibration changes ratings (issue 15): nurul's results DI_BAWAH with behaviour DI_ATAS → BUTUH_PERBAIKAN
    String withoutReason = "[{\"evaluationId\":\"" + nurul.getId()
        + "\",\"ratingHasilKerjaBaru\":\"DI_BAWAH_EKSPEKTASI\"},"
        + "{\"evaluationId\":\"" + yusuf.getId() + "\",\"ratingHasilKerjaBaru\":\"DI_ATAS_EKSPEKTASI\"}]";
    assertThatThrownBy(() -> forms.submitTaskForm(calibration.getId(), Map.of("kalibrasi", withoutReason)))
        .hasMessageContaining("wajib disertai alasan");
    identityService.setAuthentication("hr", List.of("hr", "pegawai"));
    try {
      forms.submitTaskForm(calibration.getId(), Map.of("kalibrasi", withoutReason.replace(
          "\"DI_BAWAH_EKSPEKTASI\"}", "\"DI_BAWAH_EKSPEKTASI\",\"alasan\":\"Target desa UCI belum tercapai\"}")));
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(evaluations.findById(nurul.getId()).orElseThrow().getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
    assertThat(auditLog.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc("evaluation", String.valueOf(nurul.getId())))
        .filteredOn(e -> e.getAction().equals("PREDIKAT_CALIBRATED")).singleElement()
        .satisfies(e -> assertThat(e.getActor()).isEqualTo("hr"));
    forms.submitTaskForm(yusufApproval.getId(), Map.of("keputusan", "APPROVE"));
    assertThat(evaluations.findById(yusuf.getId()).orElseThrow().getStatus()).isEqualTo(EvaluationStatus.PUBLISHED);
    forms.submitTaskForm(approvalOf("nurul").getId(), Map.of("keputusan", "APPROVE"));

    return new AnnualResult(cycleId, nurul, yusuf);
  }

  protected void closeObjectionWindow(long evaluationId) {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("evaluasi-"
        + evaluationId).processDefinitionKey("evaluasi-kinerja").singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
        .singleResult().getId());
  }

  protected Evaluation evaluationOf(String username) {
    return evaluations.findBySkpIdAndPeriodCode(skpOf(username), "ANNUAL").orElseThrow();
  }

  private Task assessmentOf(String employee) {
    return taskOf(employee, "kasi.imunisasi", "PenilaianKinerja");
  }

  private Task approvalOf(String employee) {
    return taskOf(employee, "kabid.p2p", "PersetujuanAkhir");
  }

  private Task taskOf(String employee, String assignee, String key) {
    return Pause.until(() -> taskService.createTaskQuery().taskAssignee(assignee).taskDefinitionKey(key).list()
            .stream().filter(task -> employee.equals(runtimeService.getVariable(task.getExecutionId(), "employee")))
            .findFirst().orElse(null),
        java.util.Objects::nonNull, Pause.BACKGROUND_WORK, "no " + key + " task of " + employee + " for " + assignee);
  }

  private static Map<String, Object> assessment() {
    Map<String, Object> form = new HashMap<>();
    form.put("ratingHasilKerja", "DI_ATAS_EKSPEKTASI");
    form.put("ratingPerilakuKerja", "DI_ATAS_EKSPEKTASI");
    for (CoreValue value : CoreValue.values()) {
      form.put(value.field(), "DI_ATAS_EKSPEKTASI");
    }
    // no realisation is logged here, so no rating is suggested and a reason is required (issue 15)
    form.put("alasanPerubahan", "Realisasi dinilai dari laporan bidang");
    return form;
  }

}
