package id.kinerja.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.common.AuditLog;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * SKP planning end to end on PostgreSQL: HR opens a cycle for Bidang Pelayanan Kesehatan (kabid.yankes,
 * kasi.primer, budi, siti); budi drafts, is refused, submits, is returned with notes, resubmits, is approved,
 * then revises. The steps build on each other, hence the order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkpPlanningIT extends PostgresIntegrationTest {

  static final String YEAR = "2026";
  static Long cycleId;
  static Long budiSkp;
  static Long budiRevision;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  AuditLog auditLog;

  static String rhk(int firstWeight, int secondWeight, Long supervisorRhkId) {
    return """
        {"rhk":[
          {"text":"Meningkatnya cakupan pelayanan kesehatan primer","type":"UTAMA","weight":%d,"supervisorRhkId":%s,
           "indicators":[{"text":"Jumlah puskesmas yang dibina","aspect":"KUANTITAS","approach":"KUANTITATIF",
                          "target":12,"unit":"puskesmas","direction":"HIGHER_IS_BETTER"},
                         {"text":"Waktu penyusunan laporan","aspect":"WAKTU","approach":"KUANTITATIF",
                          "target":5,"unit":"hari","direction":"LOWER_IS_BETTER"}]},
          {"text":"Dukungan administrasi bidang","type":"TAMBAHAN","weight":%d,"supervisorRhkId":null,
           "indicators":[{"text":"Laporan tertib administrasi","aspect":"KUALITAS","approach":"KUALITATIF"}]}
        ]}""".formatted(firstWeight, supervisorRhkId == null ? "null" : supervisorRhkId.toString(), secondWeight);
  }

  @Test
  @Order(1)
  void hrOpensACycleAndEveryEmployeeOfTheSubtreeGetsASusunSkpTask() throws InterruptedException {
    ResponseEntity<String> opened = postJson("hr", "/api/v1/cycles",
        "{\"year\":" + YEAR + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"DINKES-YANKES\"}");

    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    cycleId = ((Number) JsonPath.read(opened.getBody(), "$.id")).longValue();
    String cycle = awaitOpen(cycleId);
    assertThat((Integer) JsonPath.read(cycle, "$.total")).isEqualTo(4);
    assertThat((Integer) JsonPath.read(cycle, "$.started")).isEqualTo(4);
    for (String user : List.of("kabid.yankes", "kasi.primer", "budi", "siti")) {
      assertThat(taskService.createTaskQuery().taskAssignee(user).taskDefinitionKey("SusunSkp").count())
          .as(user).isEqualTo(1);
    }
    List<Integer> ids = JsonPath.read(get("budi", "/api/v1/skp?year=" + YEAR, null).getBody(), "$[*].id");
    budiSkp = ids.get(0).longValue();
  }

  @Test
  @Order(2)
  void openingTheSameCycleAgainStartsNothingNew() {
    ResponseEntity<String> again = postJson("hr", "/api/v1/cycles",
        "{\"year\":" + YEAR + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"DINKES-YANKES\"}");

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) JsonPath.read(again.getBody(), "$.id")).longValue()).isEqualTo(cycleId);
    assertThat(taskService.createTaskQuery().taskAssignee("budi").taskDefinitionKey("SusunSkp").count())
        .isEqualTo(1);
  }

  @Test
  @Order(3)
  void openingACycleIsForHrWithValidInput() {
    String body = "{\"year\":" + YEAR + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"DISDIK\"}";
    assertThat(postJson("kadisdik", "/api/v1/cycles", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson(null, "/api/v1/cycles", body).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> bad = postJson("hr", "/api/v1/cycles",
        "{\"year\":1999,\"cadence\":\"WEEKLY\",\"unitCode\":\"NOPE\",\"escalationDays\":0}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = JsonPath.read(bad.getBody(), "$.errors[*].field");
    assertThat(fields).containsExactlyInAnyOrder("year", "cadence", "unitCode", "escalationDays");
    assertThat(get("hr", "/api/v1/cycles/999999", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @Order(10)
  void weightsSummingTo90AreRefusedWithTheRuleNamedAndTheTaskStaysOpen() {
    assertThat(putJson("budi", "/api/v1/skp/" + budiSkp, rhk(60, 30, null)).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<String> refused = postJson("budi", "/api/v1/skp/" + budiSkp + "/submit", "");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(refused);
    List<String> messages = JsonPath.read(refused.getBody(), "$.errors[*].message");
    assertThat(messages).singleElement().asString().contains("100%").contains("90%");
    assertThat(taskService.createTaskQuery().taskAssignee("budi").taskDefinitionKey("SusunSkp").count())
        .isEqualTo(1);
    assertThat((String) JsonPath.read(get("budi", "/api/v1/skp/" + budiSkp, null).getBody(), "$.status"))
        .isEqualTo("DRAFT");
  }

  @Test
  @Order(11)
  void everyBrokenRuleIsListedOnSubmit() {
    String noUtama = """
        {"rhk":[{"text":"Tugas tambahan","type":"TAMBAHAN","weight":100,
          "indicators":[{"text":"Jumlah kegiatan","aspect":"KUANTITAS","approach":"KUANTITATIF","target":0}]}]}""";
    putJson("budi", "/api/v1/skp/" + budiSkp, noUtama);

    ResponseEntity<String> refused = postJson("budi", "/api/v1/skp/" + budiSkp + "/submit", "");

    List<String> fields = JsonPath.read(refused.getBody(), "$.errors[*].field");
    assertThat(fields).containsExactlyInAnyOrder("rhk", "rhk[0].indicators[0].target", "rhk[0].indicators[0].unit",
        "rhk[0].indicators[0].direction");
  }

  @Test
  @Order(12)
  void aMalformedDraftIsRefusedFieldByFieldAndNothingIsStored() {
    putJson("budi", "/api/v1/skp/" + budiSkp, rhk(60, 30, null));
    String bad = """
        {"rhk":[{"text":"","type":"PENTING","weight":50.5,"supervisorRhkId":424242,
          "indicators":[{"text":"x","aspect":"KECEPATAN","approach":"KUANTITATIF","target":1,"unit":"u",
                         "direction":"UP"}]}]}""";

    ResponseEntity<String> refused = putJson("budi", "/api/v1/skp/" + budiSkp, bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = JsonPath.read(refused.getBody(), "$.errors[*].field");
    assertThat(fields).containsExactlyInAnyOrder("rhk[0].text", "rhk[0].type", "rhk[0].weight",
        "rhk[0].supervisorRhkId", "rhk[0].indicators[0].aspect", "rhk[0].indicators[0].direction");
    List<Integer> weights = JsonPath.read(get("budi", "/api/v1/skp/" + budiSkp, null).getBody(), "$.rhk[*].weight");
    assertThat(weights).containsExactly(60, 30);
    assertThat(putJson("budi", "/api/v1/skp/" + budiSkp, "{\"rhk\":").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @Order(13)
  void anotherEmployeeGets403OnEveryCall() {
    String skp = "/api/v1/skp/" + budiSkp;

    assertThat(get("siti", skp, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(putJson("siti", skp, rhk(60, 40, null)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("siti", skp + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("siti", skp + "/review", "{\"decision\":\"APPROVE\"}").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.CONFLICT);
    assertThat(postJson("siti", skp + "/revisions", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, skp, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("budi", "/api/v1/skp/999999", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @Order(14)
  void with100PercentTheSkpReachesTheSupervisorsTasklist() {
    putJson("budi", "/api/v1/skp/" + budiSkp, rhk(60, 40, null));

    ResponseEntity<String> submitted = postJson("budi", "/api/v1/skp/" + budiSkp + "/submit", "");

    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) JsonPath.read(submitted.getBody(), "$.status")).isEqualTo("SUBMITTED");
    Task review = taskService.createTaskQuery().processInstanceBusinessKey("skp-" + budiSkp)
        .taskDefinitionKey("TinjauSkp").singleResult();
    assertThat(review.getAssignee()).isEqualTo("kasi.primer");
    assertThat(taskService.getVariablesLocal(review.getId())).containsEntry(SkpVariables.FORM_EARLIER_NOTES, null)
        .containsEntry(SkpVariables.FORM_CHANGES, null);
    assertThat(putJson("budi", "/api/v1/skp/" + budiSkp, rhk(50, 50, null)).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    // kabid.yankes may see the SKP (head above) but is not the assigned reviewer
    assertThat(get("kabid.yankes", "/api/v1/skp/" + budiSkp, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("kabid.yankes", "/api/v1/skp/" + budiSkp + "/review", "{\"decision\":\"APPROVE\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @Order(15)
  void aReturnNeedsNotesAndPutsTheTaskBackWithTheNotesVisible() {
    ResponseEntity<String> noNotes = postJson("kasi.primer", "/api/v1/skp/" + budiSkp + "/review",
        "{\"decision\":\"RETURN\"}");
    assertThat(noNotes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(noNotes.getBody(), "$.errors[0].field")).isEqualTo("notes");

    ResponseEntity<String> returned = postJson("kasi.primer", "/api/v1/skp/" + budiSkp + "/review",
        "{\"decision\":\"RETURN\",\"notes\":\"Target puskesmas dinaikkan menjadi 14\"}");

    assertThat(returned.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) JsonPath.read(returned.getBody(), "$.status")).isEqualTo("RETURNED");
    Task draft = taskService.createTaskQuery().processInstanceBusinessKey("skp-" + budiSkp)
        .taskDefinitionKey("SusunSkp").singleResult();
    assertThat(draft.getAssignee()).isEqualTo("budi");
    assertThat(taskService.getVariableLocal(draft.getId(), SkpVariables.FORM_RETURN_NOTES))
        .isEqualTo("Target puskesmas dinaikkan menjadi 14");
    String skp = get("budi", "/api/v1/skp/" + budiSkp, null).getBody();
    assertThat((String) JsonPath.read(skp, "$.reviews[0].notes")).isEqualTo("Target puskesmas dinaikkan menjadi 14");
    assertThat((String) JsonPath.read(skp, "$.reviews[0].decision")).isEqualTo("RETURN");
  }

  @Test
  @Order(16)
  void anApprovalMakesTheSkpAgreedAndFrozen() {
    // on the second round the supervisor sees the earlier notes and what changed since, with Indonesian labels
    assertThat(putJson("budi", "/api/v1/skp/" + budiSkp, rhk(55, 45, null)).getStatusCode()).isEqualTo(HttpStatus.OK);
    postJson("budi", "/api/v1/skp/" + budiSkp + "/submit", "");
    Task secondReview = taskService.createTaskQuery().processInstanceBusinessKey("skp-" + budiSkp)
        .taskDefinitionKey("TinjauSkp").singleResult();
    assertThat(taskService.getVariableLocal(secondReview.getId(), SkpVariables.FORM_EARLIER_NOTES))
        .isEqualTo("Putaran 1: Target puskesmas dinaikkan menjadi 14");
    assertThat((String) taskService.getVariableLocal(secondReview.getId(), SkpVariables.FORM_CHANGES)).isEqualTo("""
        − 1. [Utama, bobot 60%] Meningkatnya cakupan pelayanan kesehatan primer
        + 1. [Utama, bobot 55%] Meningkatnya cakupan pelayanan kesehatan primer
        − 2. [Tambahan, bobot 40%] Dukungan administrasi bidang
        + 2. [Tambahan, bobot 45%] Dukungan administrasi bidang""");
    assertThat((String) taskService.getVariableLocal(secondReview.getId(), SkpVariables.FORM_SUMMARY))
        .contains("• Jumlah puskesmas yang dibina (Kuantitas): target 12 puskesmas")
        .doesNotContain("KUANTITAS", "UTAMA");

    ResponseEntity<String> approved = postJson("kasi.primer", "/api/v1/skp/" + budiSkp + "/review",
        "{\"decision\":\"APPROVE\"}");

    assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
    String skp = approved.getBody();
    assertThat((String) JsonPath.read(skp, "$.status")).isEqualTo("AGREED");
    assertThat((Boolean) JsonPath.read(skp, "$.inForce")).isTrue();
    List<String> decisions = JsonPath.read(skp, "$.reviews[*].decision");
    assertThat(decisions).containsExactly("RETURN", "APPROVE");
    assertThat(putJson("budi", "/api/v1/skp/" + budiSkp, rhk(60, 40, null)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("budi", "/api/v1/skp/" + budiSkp + "/submit", "").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("skp-" + budiSkp)
        .singleResult().getEndActivityId()).isEqualTo("End_SkpDisepakati");
    assertThat(auditLog.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc("skp", String.valueOf(budiSkp)))
        .extracting(e -> e.getAction())
        .containsSubsequence("SKP_SUBMITTED", "SKP_RETURNED", "SKP_SUBMITTED", "SKP_APPROVED");
  }

  @Test
  @Order(17)
  void theSupervisorSeesEachSubordinateWithTheStatusOfTheirSkp() {
    ResponseEntity<String> response = get("kasi.primer", "/api/v1/skp/subordinates?year=" + YEAR, null);

    List<Map<String, Object>> rows = JsonPath.read(response.getBody(), "$");
    assertThat(rows).extracting(r -> r.get("username") + ":" + r.get("status"))
        .containsExactlyInAnyOrder("budi:AGREED", "siti:DRAFT");
    List<Object> none = JsonPath.read(get("budi", "/api/v1/skp/subordinates?year=" + YEAR, null).getBody(), "$");
    assertThat(none).isEmpty();
  }

  @Test
  @Order(18)
  void aRevisionGoesThroughTheSameReviewWhileTheAgreedVersionStaysInForce() {
    ResponseEntity<String> requested = postJson("budi", "/api/v1/skp/" + budiSkp + "/revisions", "");

    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    budiRevision = ((Number) JsonPath.read(requested.getBody(), "$.id")).longValue();
    assertThat((Integer) JsonPath.read(requested.getBody(), "$.revision")).isEqualTo(1);
    assertThat(postJson("budi", "/api/v1/skp/" + budiSkp + "/revisions", "").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    putJson("budi", "/api/v1/skp/" + budiRevision, rhk(70, 30, null));
    postJson("budi", "/api/v1/skp/" + budiRevision + "/submit", "");
    assertThat((Boolean) JsonPath.read(get("budi", "/api/v1/skp/" + budiSkp, null).getBody(), "$.inForce"))
        .isTrue();
    postJson("kasi.primer", "/api/v1/skp/" + budiRevision + "/review", "{\"decision\":\"APPROVE\"}");

    assertThat((Boolean) JsonPath.read(get("budi", "/api/v1/skp/" + budiSkp, null).getBody(), "$.inForce"))
        .isFalse();
    String revision = get("budi", "/api/v1/skp/" + budiRevision, null).getBody();
    assertThat((Boolean) JsonPath.read(revision, "$.inForce")).isTrue();
    List<Integer> weights = JsonPath.read(revision, "$.rhk[*].weight");
    assertThat(weights).containsExactly(70, 30);
  }

  @Test
  @Order(20)
  void onceTheSupervisorsSkpIsAgreedUtamaRhkMustBeLinkedToIt() {
    long kasiSkp = skpOf("kasi.primer");
    putJson("kasi.primer", "/api/v1/skp/" + kasiSkp, rhk(80, 20, null));
    postJson("kasi.primer", "/api/v1/skp/" + kasiSkp + "/submit", "");
    assertThat(postJson("kabid.yankes", "/api/v1/skp/" + kasiSkp + "/review", "{\"decision\":\"APPROVE\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    long sitiSkp = skpOf("siti");
    putJson("siti", "/api/v1/skp/" + sitiSkp, rhk(60, 40, null));

    ResponseEntity<String> unlinked = postJson("siti", "/api/v1/skp/" + sitiSkp + "/submit", "");
    assertThat(unlinked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(unlinked.getBody(), "$.errors[0].field")).isEqualTo("rhk[0].supervisorRhkId");

    List<Integer> kasiRhk = JsonPath.read(get("kasi.primer", "/api/v1/skp/" + kasiSkp, null).getBody(),
        "$.rhk[*].id");
    putJson("siti", "/api/v1/skp/" + sitiSkp, rhk(60, 40, kasiRhk.get(0).longValue()));
    assertThat(postJson("siti", "/api/v1/skp/" + sitiSkp + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @Order(30)
  void aVacantSupervisorPostSendsTheReviewToTheNextHeadUpAndTheTasklistFormPathWorks() throws InterruptedException {
    ResponseEntity<String> opened = postJson("hr", "/api/v1/cycles",
        "{\"year\":" + YEAR + ",\"cadence\":\"SEMESTER\",\"unitCode\":\"DISDUKCAPIL-CAPIL\"}");
    awaitOpen(((Number) JsonPath.read(opened.getBody(), "$.id")).longValue());
    long intanSkp = skpOf("intan");
    Task draft = taskService.createTaskQuery().processInstanceBusinessKey("skp-" + intanSkp).singleResult();

    // what Tasklist sends for the Camunda Form: the RHK list as a Json variable, through the engine REST API
    String rhkJson = JsonPath.parse(rhk(60, 40, null)).read("$.rhk").toString();
    String formBody = "{\"variables\":{\"rhk\":{\"type\":\"Json\",\"value\":"
        + com.fasterxml.jackson.databind.node.TextNode.valueOf(rhkJson) + "}}}";
    ResponseEntity<String> submitted = postJson("intan", "/engine-rest/task/" + draft.getId() + "/submit-form",
        formBody);

    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat((String) JsonPath.read(get("intan", "/api/v1/skp/" + intanSkp, null).getBody(), "$.status"))
        .isEqualTo("SUBMITTED");
    Task review = taskService.createTaskQuery().processInstanceBusinessKey("skp-" + intanSkp)
        .taskDefinitionKey("TinjauSkp").singleResult();
    assertThat(review.getAssignee()).isEqualTo("kabid.capil");
  }

  @Test
  @Order(31)
  void aRefusedTasklistSubmissionExplainsItselfInIndonesianAndKeepsTheTask() {
    long rahmatSkp = skpOf("rahmat");
    Task draft = taskService.createTaskQuery().processInstanceBusinessKey("skp-" + rahmatSkp).singleResult();
    String rhkJson = JsonPath.parse(rhk(50, 40, null)).read("$.rhk").toString();
    String formBody = "{\"variables\":{\"rhk\":{\"type\":\"Json\",\"value\":"
        + com.fasterxml.jackson.databind.node.TextNode.valueOf(rhkJson) + "}}}";

    ResponseEntity<String> refused = postJson("rahmat", "/engine-rest/task/" + draft.getId() + "/submit-form",
        formBody);

    // only the reasons, with the refusal's own status: not Camunda's "Cannot submit task form …: ENGINE-03051 …"
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(refused.getBody(), "$.type")).isEqualTo("TaskRefusedException");
    String message = JsonPath.read(refused.getBody(), "$.message");
    assertThat(message).isEqualTo("SKP belum dapat diajukan: 1 ketentuan belum dipenuhi.\n"
        + "- Jumlah bobot RHK harus tepat 100%, saat ini 90%.");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
    // the same refusal in English for an English client
    HttpHeaders english = new HttpHeaders();
    english.setContentType(MediaType.APPLICATION_JSON);
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<String> inEnglish = as("rahmat").exchange("/engine-rest/task/" + draft.getId() + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(formBody, english), String.class);
    assertThat((String) JsonPath.read(inEnglish.getBody(), "$.message")).doesNotContain("Jumlah", "ENGINE-")
        .contains("100%");
    assertThat(postJson("intan", "/engine-rest/task/" + draft.getId() + "/submit-form", formBody)
        .getStatusCode().is2xxSuccessful()).isFalse();
  }
}
