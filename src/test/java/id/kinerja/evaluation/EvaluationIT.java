package id.kinerja.evaluation;

import id.kinerja.planning.CoreValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Q1 evaluation of lina (Seksi Pendidik dan Tenaga Kependidikan; supervisor kasi.pendidik, senior kabid.gtk)
 * on PostgreSQL: one UTAMA indicator, target 10, realised 12 → capaian 120, suggestion DI_ATAS_EKSPEKTASI.
 * One scenario: each step needs the state the step before left (the evaluation moves through its process).
 */
class EvaluationIT extends PostgresIntegrationTest {

  private long cycleId;
  private long skpId;
  private long evaluationId;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  /** What Tasklist calls when a form is submitted. */
  @Autowired
  org.camunda.bpm.engine.FormService forms;

  @Autowired
  org.camunda.bpm.engine.ManagementService managementService;

  @Test
  void theQ1EvaluationOfLinaFromSelfEvaluationToTheObjectionAndHerDocument() throws Exception {
    hrStartsTheQ1EvaluationOfEveryAgreedSkp();
    selfEvaluationThenScoringSuggestsAboveExpectation();
    anOverrideNeedsAReasonAndThePredikatFollowsTheMatrix();
    theSeniorReturnsWithNotesThenApproves();
    onlyTheEmployeeObjectsWithReasonsAndTheSeniorDecidesFinally();
    evaluationsAreVisibleToTheEmployeeAndTheHeadsAboveOnly();
    theEvaluationDocumentIsForTheEmployeeTheHeadsAboveAndHrAndItsCodeIsVerifiable();
    anEvaluatedPeriodIsClosedForRealisations();
  }

  private void hrStartsTheQ1EvaluationOfEveryAgreedSkp() {
    // this cycle offers objection and follow-ups after periodic results too (default: after the annual one only)
    cycleId = openCycle("\"year\":2026,\"cadence\":\"QUARTERLY\",\"unitCode\":\"DISDIK-GTK\","
        + "\"periodicFollowUp\":true");
    skpId = skpOf("lina");
    putJson("lina", "/api/v1/skp/" + skpId, """
        {"rhk":[{"text":"Terselenggaranya layanan kepegawaian pendidik","type":"UTAMA","weight":100,"indicators":[
          {"text":"Usulan kenaikan pangkat diproses","aspect":"KUANTITAS","approach":"KUANTITATIF","target":10,
           "unit":"usulan","direction":"HIGHER_IS_BETTER"}]}]}""");
    postJson("lina", "/api/v1/skp/" + skpId + "/submit", "");
    postJson("kasi.pendidik", "/api/v1/skp/" + skpId + "/review", "{\"decision\":\"APPROVE\"}");
    long indicator = ((Number) JsonPath.<List<Integer>>read(get("lina", "/api/v1/skp/" + skpId, null).getBody(),
        "$.rhk[0].indicators[*].id").get(0)).longValue();
    assertThat(postJson("lina", "/api/v1/skp/" + skpId + "/realisations",
        "{\"indicatorId\":" + indicator + ",\"date\":\"2026-03-15\",\"value\":12}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    assertThat(postJson("kadisdik", "/api/v1/cycles/" + cycleId + "/evaluations", "{\"period\":\"Q1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badPeriod = postJson("hr", "/api/v1/cycles/" + cycleId + "/evaluations",
        "{\"period\":\"S1\"}");
    assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(badPeriod.getBody(), "$.errors[0].message")).contains("Q1, Q2, Q3, Q4");

    ResponseEntity<String> started = postJson("hr", "/api/v1/cycles/" + cycleId + "/evaluations",
        "{\"period\":\"Q1\"}");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat((Integer) JsonPath.read(started.getBody(), "$.agreedSkp")).isEqualTo(1);
    Task self = awaitTask(taskService, "lina", "EvaluasiDiri");
    evaluationId = ((Number) taskService.getVariable(self.getId(), "evaluationId")).longValue();

    assertThat(postJson("hr", "/api/v1/cycles/" + cycleId + "/evaluations", "{\"period\":\"Q1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Pause.holds(() -> taskService.createTaskQuery().taskAssignee("lina").taskDefinitionKey("EvaluasiDiri").count(),
        count -> count == 1, Duration.ofSeconds(2), "starting Q1 again starts nothing new");
  }

  private void selfEvaluationThenScoringSuggestsAboveExpectation() {
    Task self = awaitTask(taskService, "lina", "EvaluasiDiri");
    forms.submitTaskForm(self.getId(), Map.of("evaluasiDiri", "[{\"rhk\":\"Layanan\",\"penilaian\":\"DI_ATAS_EKSPEKTASI\"}]"));

    String evaluation = get("lina", "/api/v1/evaluations/" + evaluationId, null).getBody();
    assertThat(JsonPath.read(evaluation, "$.weightedCapaian").toString()).isEqualTo("120.0");
    assertThat((String) JsonPath.read(evaluation, "$.suggestedRating")).isEqualTo("DI_ATAS_EKSPEKTASI");
    assertThat((String) JsonPath.read(evaluation, "$.status")).isEqualTo("SUPERVISOR_ASSESSMENT");
  }

  private void anOverrideNeedsAReasonAndThePredikatFollowsTheMatrix() {
    Task assessment = awaitTask(taskService, "kasi.pendidik", "PenilaianKinerja");
    Map<String, Object> form = assessment("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", null);

    assertThatThrownBy(() -> forms.submitTaskForm(assessment.getId(), form))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("alasan perubahan wajib diisi");
    assertThat(taskService.createTaskQuery().taskId(assessment.getId()).count()).isEqualTo(1);

    forms.submitTaskForm(assessment.getId(), assessment("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI",
        "Sebagian usulan terlambat diverifikasi"));

    String evaluation = get("lina", "/api/v1/evaluations/" + evaluationId, null).getBody();
    assertThat((String) JsonPath.read(evaluation, "$.predikat")).isEqualTo("BAIK");
    assertThat((String) JsonPath.read(evaluation, "$.overrideReason")).contains("terlambat");
  }

  private void theSeniorReturnsWithNotesThenApproves() {
    Task approval = awaitTask(taskService, "kabid.gtk", "PersetujuanAkhir");
    assertThatThrownBy(() -> forms.submitTaskForm(approval.getId(), Map.of("keputusan", "RETURN")))
        .hasMessageContaining("Catatan wajib diisi");
    forms.submitTaskForm(approval.getId(), Map.of("keputusan", "RETURN", "catatanPersetujuan",
        "Capaian 120%, pertimbangkan kembali"));

    Task again = awaitTask(taskService, "kasi.pendidik", "PenilaianKinerja");
    assertThat(taskService.getVariableLocal(again.getId(), "catatanPengembalian"))
        .isEqualTo("Capaian 120%, pertimbangkan kembali");
    forms.submitTaskForm(again.getId(), assessment("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", null));
    forms.submitTaskForm(awaitTask(taskService, "kabid.gtk", "PersetujuanAkhir").getId(), Map.of("keputusan", "APPROVE"));

    String evaluation = get("lina", "/api/v1/evaluations/" + evaluationId, null).getBody();
    assertThat((String) JsonPath.read(evaluation, "$.predikat")).isEqualTo("SANGAT_BAIK");
    assertThat((String) JsonPath.read(evaluation, "$.status")).isEqualTo("PUBLISHED");
    assertThat((String) JsonPath.read(evaluation, "$.objectionDeadline"))
        .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(14).toString());
    List<String> rounds = JsonPath.read(evaluation, "$.finalApproval[*].decision");
    assertThat(rounds).containsExactly("RETURN", "APPROVE");
  }

  private void onlyTheEmployeeObjectsWithReasonsAndTheSeniorDecidesFinally() {
    String path = "/api/v1/evaluations/" + evaluationId + "/objection";
    assertThat(postJson("rudi", path, "{\"reasons\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("lina", path, "{\"reasons\":\"\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> objected = postJson("lina", path,
        "{\"reasons\":\"Dua usulan yang terlambat bukan karena saya\"}");

    assertThat(objected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) JsonPath.read(objected.getBody(), "$.status")).isEqualTo("OBJECTION");
    assertThat(postJson("lina", path, "{\"reasons\":\"lagi\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    // the supervisor who rated explains first (issue 15, item 5)
    Task explanation = awaitTask(taskService, "kasi.pendidik", "PenjelasanPejabatPenilai");
    assertThat(taskService.getVariableLocal(explanation.getId(), "alasanKeberatan").toString())
        .contains("bukan karena saya");
    assertThatThrownBy(() -> forms.submitTaskForm(explanation.getId(), Map.of("penjelasan", " ")))
        .as("an explanation is required").isInstanceOf(RuntimeException.class);
    forms.submitTaskForm(explanation.getId(), Map.of("penjelasan", "Dua usulan terlambat dari unit pengusul"));
    Task decision = awaitTask(taskService, "kabid.gtk", "PutuskanKeberatan");
    assertThat(taskService.getVariableLocal(decision.getId(), "penjelasanPejabatPenilai"))
        .isEqualTo("Dua usulan terlambat dari unit pengusul");
    assertThat(managementService.createJobQuery().processInstanceId(decision.getProcessInstanceId()).timers()
        .activityId("Timer_BatasPutusanKeberatan").singleResult().getDuedate().toInstant())
        .as("the senior has 14 days, then HR decides")
        .isCloseTo(java.time.Instant.now().plus(java.time.Duration.ofDays(14)),
            new org.assertj.core.data.TemporalUnitWithinOffset(5, java.time.temporal.ChronoUnit.MINUTES));
    assertThat(taskService.getVariableLocal(decision.getId(), "alasanKeberatan").toString())
        .contains("bukan karena saya");
    Map<String, Object> upheld = new HashMap<>();
    upheld.put("keputusanKeberatan", "UPHELD");
    upheld.put("ratingHasilKerjaBaru", "DI_ATAS_EKSPEKTASI");
    upheld.put("ratingPerilakuKerjaBaru", "SESUAI_EKSPEKTASI");
    upheld.put("catatanKeberatan", "Didengar kedua pihak; perilaku dinilai sesuai ekspektasi");
    // never the supervisor who rated, even when the task is handed to them
    taskService.setAssignee(decision.getId(), "kasi.pendidik");
    assertThatThrownBy(() -> forms.submitTaskForm(decision.getId(), upheld)).isInstanceOf(RuntimeException.class);
    assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isEqualTo(1);
    taskService.setAssignee(decision.getId(), "kabid.gtk");
    forms.submitTaskForm(decision.getId(), upheld);

    String evaluation = get("lina", "/api/v1/evaluations/" + evaluationId, null).getBody();
    assertThat((String) JsonPath.read(evaluation, "$.status")).isEqualTo("FINAL");
    assertThat((String) JsonPath.read(evaluation, "$.predikat")).isEqualTo("BAIK");
    assertThat((String) JsonPath.read(evaluation, "$.objectionDecision")).isEqualTo("UPHELD");
    assertThat((String) JsonPath.read(evaluation, "$.objectionExplanation"))
        .isEqualTo("Dua usulan terlambat dari unit pengusul");
    assertThat((String) JsonPath.read(evaluation, "$.objectionDecidedBy")).isEqualTo("kabid.gtk");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("evaluasi-"
        + evaluationId).singleResult().getEndActivityId()).isEqualTo("End_Selesai");
  }

  private void evaluationsAreVisibleToTheEmployeeAndTheHeadsAboveOnly() {
    List<Integer> mine = JsonPath.read(get("lina", "/api/v1/evaluations?year=2026", null).getBody(), "$[*].id");
    List<Integer> supervisor = JsonPath.read(get("kasi.pendidik", "/api/v1/evaluations?year=2026", null).getBody(),
        "$[*].id");
    List<Integer> colleague = JsonPath.read(get("rudi", "/api/v1/evaluations?year=2026", null).getBody(),
        "$[*].id");

    assertThat(mine).contains((int) evaluationId);
    assertThat(supervisor).contains((int) evaluationId);
    assertThat(colleague).doesNotContain((int) evaluationId);
    assertThat(get("rudi", "/api/v1/evaluations/" + evaluationId, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("hr", "/api/v1/evaluations/" + evaluationId, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(null, "/api/v1/evaluations/" + evaluationId, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private void theEvaluationDocumentIsForTheEmployeeTheHeadsAboveAndHrAndItsCodeIsVerifiable() throws Exception {
    ResponseEntity<byte[]> pdf = as("lina").getForEntity("/api/v1/evaluations/" + evaluationId + "/document.pdf",
        byte[].class);

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(org.springframework.http.MediaType.APPLICATION_PDF);
    String text;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
    assertThat(text).contains("DOKUMEN EVALUASI KINERJA PEGAWAI").contains("Lina Kartika, S.E.")
        .contains("198408112011032018").contains("Periode Q1 tahun 2026").contains("PREDIKAT KINERJA: BAIK")
        .contains("target 2.5 usulan, realisasi 12, capaian 120.00%") // Q1: 10 × 1 / 4 (issue 15)
        .contains("Kode verifikasi");
    // issue 15, item 8: the three people with jabatan and unit, per-value feedback, place/date, signatures
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat).contains("Pegawai yang dinilai Nama: Lina Kartika, S.E. NIP: 198408112011032018 Pangkat/golongan:")
        .contains("Pejabat penilai kinerja Nama: Ahmad Fauzi, S.Pd. NIP: 199004032016031017")
        .contains("Atasan pejabat penilai Nama: Hj. Maryam Zahra, S.Pd., M.M.")
        .contains("Berorientasi Pelayanan: umpan balik ")
        .contains("Pemerintah Kabupaten Lampung Selatan, ")
        .contains("Pejabat Penilai Kinerja Ahmad Fauzi, S.Pd. NIP 199004032016031017");
    assertThat(as("kabid.gtk").getForEntity("/api/v1/evaluations/" + evaluationId + "/document.pdf", byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("hr").getForEntity("/api/v1/evaluations/" + evaluationId + "/document.pdf", byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("kasi.pendidik").getForEntity("/api/v1/evaluations/" + evaluationId + "/document.pdf",
        byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("rudi").getForEntity("/api/v1/evaluations/" + evaluationId + "/document.pdf", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("kadisdik").getForEntity("/api/v1/evaluations/" + evaluationId + "/document.pdf", String.class)
        .getStatusCode()).as("a head above the senior").isEqualTo(HttpStatus.FORBIDDEN);

    String code = text.lines().filter(l -> l.startsWith("Kode verifikasi: ")).findFirst().orElseThrow()
        .substring("Kode verifikasi: ".length()).trim();
    ResponseEntity<String> page = http.getForEntity("/verifikasi/" + code, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Dokumen sah").contains("Lina Kartika").contains("predikat BAIK")
        .doesNotContain("198408112011032018");
    ResponseEntity<String> unknown = http.getForEntity("/verifikasi/ABCDEFGHJKMNPQRS", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("Kode tidak ditemukan");
  }

  private void anEvaluatedPeriodIsClosedForRealisations() {
    List<Integer> realisationIds = JsonPath.read(get("lina", "/api/v1/skp/" + skpId + "/realisations", null)
        .getBody(), "$[*].id");
    long indicator = ((Number) JsonPath.<List<Integer>>read(get("lina", "/api/v1/skp/" + skpId, null).getBody(),
        "$.rhk[0].indicators[*].id").get(0)).longValue();

    ResponseEntity<String> edit = putJson("lina", "/api/v1/skp/" + skpId + "/realisations/" + realisationIds.get(0),
        "{\"date\":\"2026-03-15\",\"value\":20}");
    ResponseEntity<String> late = postJson("lina", "/api/v1/skp/" + skpId + "/realisations",
        "{\"indicatorId\":" + indicator + ",\"date\":\"2026-02-01\",\"value\":1}");
    ResponseEntity<String> later = postJson("lina", "/api/v1/skp/" + skpId + "/realisations",
        "{\"indicatorId\":" + indicator + ",\"date\":\"2026-05-01\",\"value\":1}");

    assertThat(edit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(late.getBody(), "$.errors[0].message")).contains("sudah ditutup");
    assertThat(later.getStatusCode()).as("Q2 is still open").isEqualTo(HttpStatus.CREATED);
  }

  private static Map<String, Object> assessment(String results, String behaviour, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("ratingHasilKerja", results);
    form.put("ratingPerilakuKerja", behaviour);
    form.put("alasanPerubahan", reason);
    for (CoreValue value : CoreValue.values()) {
      form.put(value.field(), behaviour);
    }
    form.put("catatan", "Pertahankan");
    return form;
  }

}
