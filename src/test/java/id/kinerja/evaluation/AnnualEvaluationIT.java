package id.kinerja.evaluation;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The annual evaluation of Seksi Surveilans dan Imunisasi (yusuf, nurul; supervisor kasi.imunisasi, senior
 * kabid.p2p) in Dinas Kesehatan (head kadinkes): the organisation's predikat comes first, the curve is checked, an
 * out-of-curve organisation is calibrated by HR, and only then does final approval go through.
 */
class AnnualEvaluationIT extends PostgresIntegrationTest {

  @Autowired
  TaskService taskService;

  @Autowired
  FormService forms;

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  Evaluations evaluations;

  @Autowired
  AuditLog auditLog;

  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  @Test
  void theOrganisationPredikatComesFirstAndAnOutOfCurveOrganisationIsCalibratedBeforeFinalApproval()
      throws Exception {
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

    // the objection windows pass without objection: results are final, the functional position gets its multiplier
    closeObjectionWindow(nurul.getId());
    assertThat(evaluations.findById(nurul.getId()).orElseThrow().getCreditMultiplier()).as("BUTUH_PERBAIKAN")
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
    closeObjectionWindow(yusuf.getId());
    assertThat(evaluations.findById(yusuf.getId()).orElseThrow().getCreditMultiplier()).as("pelaksana").isNull();

    // SANGAT_BAIK: the reward path
    Task propose = awaitTask(taskService, "kasi.imunisasi", "UsulkanPenghargaan");
    forms.submitTaskForm(propose.getId(), Map.of("usulan", "[{\"jenis\":\"SERTIFIKAT\",\"alasan\":\"Desa UCI "
        + "tertinggi\"},{\"jenis\":\"INSENTIF\",\"jumlah\":3000000,\"alasan\":\"Kerja lembur imunisasi\"}]"));
    assertThat(putJson("kasi.imunisasi", "/api/v1/rewards/budgets",
        "{\"organisationCode\":\"DINKES\",\"year\":2026,\"amount\":2000000}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(putJson("hr", "/api/v1/rewards/budgets", "{\"organisationCode\":\"NOPE\",\"year\":2026,"
        + "\"amount\":-1}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(putJson("hr", "/api/v1/rewards/budgets",
        "{\"organisationCode\":\"DINKES\",\"year\":2026,\"amount\":2000000}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Task decide = taskService.createTaskQuery().taskDefinitionKey("PutuskanPenghargaan").taskCandidateGroup("hr")
        .singleResult();
    List<Map<String, Object>> proposals = JsonPath.read(get("yusuf", "/api/v1/evaluations/" + yusuf.getId()
        + "/rewards", null).getBody(), "$");
    String certificateId = String.valueOf(proposals.get(0).get("id"));
    String incentiveId = String.valueOf(proposals.get(1).get("id"));
    identityService.setAuthentication("hr", List.of("hr", "pegawai"));
    try {
      String both = "[{\"rewardId\":\"" + certificateId + "\",\"keputusan\":\"APPROVE\"},{\"rewardId\":\""
          + incentiveId + "\",\"keputusan\":\"APPROVE\"}]";
      assertThatThrownBy(() -> forms.submitTaskForm(decide.getId(), Map.of("keputusanPenghargaan", both)))
          .hasMessageContaining("melebihi sisa anggaran tahunan organisasi (Rp 2000000.00)");
      forms.submitTaskForm(decide.getId(), Map.of("keputusanPenghargaan", both.replace("\"" + incentiveId
          + "\",\"keputusan\":\"APPROVE\"", "\"" + incentiveId + "\",\"keputusan\":\"REJECT\"")));
    } finally {
      identityService.clearAuthentication();
    }

    String rewards = get("yusuf", "/api/v1/evaluations/" + yusuf.getId() + "/rewards", null).getBody();
    List<String> statuses = JsonPath.read(rewards, "$[*].status");
    assertThat(statuses).containsExactly("APPROVED", "REJECTED");
    String link = JsonPath.read(rewards, "$[0].certificate");
    var pdf = as("yusuf").getForEntity(link, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
    assertThat(text).contains("SERTIFIKAT PENGHARGAAN").contains("Yusuf Maulana").contains("Desa UCI tertinggi");
    assertThat(as("nurul").getForEntity(link, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String code = text.lines().filter(l -> l.startsWith("Kode verifikasi: ")).findFirst().orElseThrow()
        .substring("Kode verifikasi: ".length()).trim();
    assertThat(http.getForEntity("/verifikasi/" + code, String.class).getBody())
        .contains("Sertifikat penghargaan").contains("Yusuf Maulana").doesNotContain(text.lines()
            .filter(l -> l.startsWith("NIP: ")).findFirst().orElseThrow().substring(5).trim());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("penghargaan").count()).isZero();
  }

  private void closeObjectionWindow(long evaluationId) {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("evaluasi-"
        + evaluationId).processDefinitionKey("evaluasi-kinerja").singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
        .singleResult().getId());
  }

  private Evaluation evaluationOf(String username) {
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
