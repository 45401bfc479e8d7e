package id.kinerja.evaluation;

import id.kinerja.planning.CoreValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, findings 1 and 3 on PostgreSQL: the Q1 evaluation of a 2025 quarterly cycle of Seksi Pelayanan Kesehatan
 * Primer scores against the Q1 targets (entered ones, or T × 1 / 4 for a SUM indicator), shows target, realisation
 * and capaian per indicator from the moment it opens; budi's UTAMA indicator without any realisation gets no
 * suggestion and the supervisor must give a reason. The tests run in any order: they share the cycle (opening it
 * again returns it), the validation one uses kasi.primer's SKP, which no other test here stores, and the other two
 * share the Q1 evaluations of siti and budi, set up once by whichever asks first ({@link #q1()}).
 */
class PeriodicCapaianIT extends PostgresIntegrationTest {

  /** The 2025 cycle with siti's and budi's SKP agreed and realised, and the Q1 evaluations opened. */
  record Q1(long sitiSkp, long sitiEvaluation, long budiEvaluation) {
  }

  private static final String CYCLE = "\"year\":2025,\"cadence\":\"QUARTERLY\",\"unitCode\":\"DINKES-YANKES-PRIMER\"";

  private static Q1 q1;

  @Autowired
  TaskService taskService;

  @Autowired
  FormService forms;

  private long skp(String username, int year) {
    List<Integer> ids = JsonPath.read(get(username, "/api/v1/skp?year=" + year, null).getBody(),
        "$[?(@.revision == 0)].id");
    return ids.get(0).longValue();
  }

  /** Opens (once, whichever test asks first) the 2025 Q1 evaluations of siti and budi, their SKPs agreed. */
  private synchronized Q1 q1() {
    if (q1 != null) {
      return q1;
    }
    long cycleId = openCycle(CYCLE);
    long sitiSkp = skp("siti", 2025);
    long budiSkp = skp("budi", 2025);
    assertThat(putJson("siti", "/api/v1/skp/" + sitiSkp, draft("[10,40,70,100]")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    postJson("siti", "/api/v1/skp/" + sitiSkp + "/submit", "");
    postJson("kasi.primer", "/api/v1/skp/" + sitiSkp + "/review", "{\"decision\":\"APPROVE\"}");
    assertThat(postJson("siti", "/api/v1/skp/" + sitiSkp + "/realisations", "{\"indicatorId\":"
        + indicator("siti", sitiSkp, 0) + ",\"date\":\"2025-03-10\",\"value\":10}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(postJson("siti", "/api/v1/skp/" + sitiSkp + "/realisations", "{\"indicatorId\":"
        + indicator("siti", sitiSkp, 1) + ",\"date\":\"2025-03-20\",\"value\":2}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    putJson("budi", "/api/v1/skp/" + budiSkp, draft("null"));
    postJson("budi", "/api/v1/skp/" + budiSkp + "/submit", "");
    postJson("kasi.primer", "/api/v1/skp/" + budiSkp + "/review", "{\"decision\":\"APPROVE\"}");
    assertThat(postJson("budi", "/api/v1/skp/" + budiSkp + "/realisations", "{\"indicatorId\":"
        + indicator("budi", budiSkp, 0) + ",\"date\":\"2025-03-10\",\"value\":30}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    assertThat(postJson("hr", "/api/v1/cycles/" + cycleId + "/evaluations", "{\"period\":\"Q1\"}").getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    long sitiEvaluation = ((Number) taskService.getVariable(awaitTask(taskService, "siti", "EvaluasiDiri").getId(),
        "evaluationId")).longValue();
    long budiEvaluation = ((Number) taskService.getVariable(awaitTask(taskService, "budi", "EvaluasiDiri").getId(),
        "evaluationId")).longValue();
    q1 = new Q1(sitiSkp, sitiEvaluation, budiEvaluation);
    return q1;
  }

  private static String draft(String periodTargets) {
    return """
        {"rhk":[{"text":"Layanan kesehatan primer terselenggara","type":"UTAMA","weight":60,"indicators":[
          {"text":"Kunjungan puskesmas dibina","aspect":"KUANTITAS","approach":"KUANTITATIF","target":100,
           "unit":"kunjungan","direction":"HIGHER_IS_BETTER","periodTargets":%s}]},
          {"text":"Laporan layanan tersusun","type":"UTAMA","weight":40,"indicators":[
          {"text":"Laporan disusun","aspect":"KUANTITAS","approach":"KUANTITATIF","target":8,
           "unit":"laporan","direction":"HIGHER_IS_BETTER"}]}]}""".formatted(periodTargets);
  }

  private long indicator(String username, long skp, int rhk) {
    return ((Number) JsonPath.<List<Integer>>read(get(username, "/api/v1/skp/" + skp, null).getBody(),
        "$.rhk[" + rhk + "].indicators[*].id").get(0)).longValue();
  }

  @Test
  void periodTargetsAreValidatedAgainstTheCadenceAndNothingIsStored() {
    // kasi.primer's SKP of the same cycle: nobody else here stores it, so it is a draft whatever ran before
    openCycle(CYCLE);
    long skp = skp("kasi.primer", 2025);

    ResponseEntity<String> threeOfFour = putJson("kasi.primer", "/api/v1/skp/" + skp, draft("[10,40,100]"));
    assertThat(threeOfFour.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(threeOfFour);
    assertThat((String) JsonPath.read(threeOfFour.getBody(), "$.errors[0].field"))
        .isEqualTo("rhk[0].indicators[0].periodTargets");
    assertThat((String) JsonPath.read(threeOfFour.getBody(), "$.errors[0].message"))
        .contains("harus 4 angka").contains("terisi 3");

    ResponseEntity<String> decreasing = send("kasi.primer", org.springframework.http.HttpMethod.PUT,
        "/api/v1/skp/" + skp, draft("[10,40,30,100]"));
    assertThat(decreasing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // the English text where the client asks for it
    ResponseEntity<String> lastNotT = as("kasi.primer").exchange(org.springframework.http.RequestEntity
        .put(java.net.URI.create("/api/v1/skp/" + skp))
        .header("Accept-Language", "en").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(draft("[10,40,70,90]")), String.class);
    assertThat(lastNotT.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(lastNotT.getBody(), "$.errors[0].message"))
        .contains("must equal the annual target 100");

    String stored = get("kasi.primer", "/api/v1/skp/" + skp, null).getBody();
    assertThat((List<?>) JsonPath.read(stored, "$.rhk")).as("nothing half-stored").isEmpty();
  }

  @Test
  void theQ1EvaluationShowsThePeriodsTargetsAndCapaianFromTheStart() {
    long sitiSkp = q1().sitiSkp();
    long sitiEvaluation = q1().sitiEvaluation();
    assertThat(JsonPath.<List<Object>>read(get("siti", "/api/v1/skp/" + sitiSkp, null).getBody(),
        "$.rhk[0].indicators[0].periodTargets").toString()).isEqualTo("[10,40,70,100]");
    Task self = awaitTask(taskService, "siti", "EvaluasiDiri");

    String open = get("siti", "/api/v1/evaluations/" + sitiEvaluation, null).getBody();
    assertThat((String) JsonPath.read(open, "$.status")).isEqualTo("SELF_EVALUATION");
    assertThat(JsonPath.read(open, "$.rhk[0].indicators[0].target").toString()).isEqualTo("10");
    assertThat(JsonPath.read(open, "$.rhk[0].indicators[0].realisation").toString()).isEqualTo("10");
    assertThat(JsonPath.read(open, "$.rhk[0].indicators[0].capaian").toString()).isEqualTo("100.0");
    assertThat(JsonPath.read(open, "$.rhk[1].indicators[0].target").toString()).as("T × 1 / 4").isEqualTo("2");
    assertThat(JsonPath.read(open, "$.rhk[1].capaian").toString()).isEqualTo("100.0");
    assertThat(JsonPath.read(open, "$.weightedCapaian").toString()).isEqualTo("100.0");

    forms.submitTaskForm(self.getId(), Map.of("evaluasiDiri", "[{\"rhk\":\"Layanan\",\"penilaian\":\"SESUAI_EKSPEKTASI\"}]"));
    String scored = get("siti", "/api/v1/evaluations/" + sitiEvaluation, null).getBody();
    assertThat((String) JsonPath.read(scored, "$.suggestedRating")).isEqualTo("SESUAI_EKSPEKTASI");
    assertThat(JsonPath.read(scored, "$.weightedCapaian").toString()).isEqualTo("100.0");
    assertThat(JsonPath.read(scored, "$.rhk[1].indicators[0].capaian").toString()).isEqualTo("100.0");

    // the dokumen evaluasi shows the same period targets and capaian
    Task assessment = assessmentOf(sitiEvaluation);
    forms.submitTaskForm(assessment.getId(), assessment(null));
    forms.submitTaskForm(awaitTask(taskService, "kabid.yankes", "PersetujuanAkhir").getId(),
        Map.of("keputusan", "APPROVE"));
    ResponseEntity<byte[]> pdf = as("siti").getForEntity("/api/v1/evaluations/" + sitiEvaluation + "/document.pdf",
        byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(text).contains("target 10 kunjungan, realisasi 10, capaian 100.00%")
        .contains("target 2 laporan, realisasi 2, capaian 100.00%");
    // issue 15, item 5: a periodic result of a cycle without periodicFollowUp is final at once, no objection
    assertThat((String) JsonPath.read(get("siti", "/api/v1/evaluations/" + sitiEvaluation, null).getBody(),
        "$.status")).isEqualTo("FINAL");
    ResponseEntity<String> objection = postJson("siti", "/api/v1/evaluations/" + sitiEvaluation + "/objection",
        "{\"reasons\":\"Mohon ditinjau\"}");
    assertThat(objection.getStatusCode()).isEqualTo(org.springframework.http.HttpStatus.CONFLICT);
    assertProblemJson(objection);
  }

  @Test
  void anUtamaIndicatorWithoutRealisationGetsNoSuggestionAndTheSupervisorGivesAReason() {
    long budiEvaluation = q1().budiEvaluation();
    String open = get("budi", "/api/v1/evaluations/" + budiEvaluation, null).getBody();
    assertThat((Object) JsonPath.read(open, "$.rhk[1].indicators[0].capaian")).isNull();
    assertThat((String) JsonPath.read(open, "$.rhk[1].indicators[0].note")).isEqualTo("belum ada realisasi");
    assertThat(JsonPath.read(open, "$.weightedCapaian").toString()).as("only the RHK with a capaian")
        .isEqualTo("120.0");

    forms.submitTaskForm(awaitTask(taskService, "budi", "EvaluasiDiri").getId(),
        Map.of("evaluasiDiri", "[{\"rhk\":\"Layanan\",\"penilaian\":\"DI_ATAS_EKSPEKTASI\"}]"));
    String scored = get("budi", "/api/v1/evaluations/" + budiEvaluation, null).getBody();
    assertThat(JsonPath.<Map<String, Object>>read(scored, "$").get("suggestedRating")).as("no suggestion").isNull();

    Task assessment = assessmentOf(budiEvaluation);
    assertThatThrownBy(() -> forms.submitTaskForm(assessment.getId(), assessment(null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("belum ada realisasi");
    forms.submitTaskForm(assessment.getId(), assessment("Laporan belum disusun pada triwulan I"));
    assertThat((String) JsonPath.read(get("budi", "/api/v1/evaluations/" + budiEvaluation, null).getBody(),
        "$.overrideReason")).contains("triwulan I");
  }

  /** kasi.primer assesses siti and budi: the task of one evaluation, waited for (bounded). */
  private Task assessmentOf(long evaluationId) {
    return Pause.until(() -> taskService.createTaskQuery().taskAssignee("kasi.primer")
            .taskDefinitionKey("PenilaianKinerja").processVariableValueEquals("evaluationId", evaluationId)
            .singleResult(), java.util.Objects::nonNull, Pause.BACKGROUND_WORK,
        "no assessment task of evaluation " + evaluationId);
  }

  private static Map<String, Object> assessment(String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("ratingHasilKerja", "SESUAI_EKSPEKTASI");
    form.put("ratingPerilakuKerja", "SESUAI_EKSPEKTASI");
    for (CoreValue value : CoreValue.values()) {
      form.put(value.field(), "SESUAI_EKSPEKTASI");
    }
    if (reason != null) {
      form.put("alasanPerubahan", reason);
    }
    return form;
  }
}
