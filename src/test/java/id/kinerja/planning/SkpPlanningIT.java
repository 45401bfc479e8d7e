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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * SKP planning end to end on PostgreSQL: HR opens a cycle for Bidang Pelayanan Kesehatan (kabid.yankes,
 * kasi.primer, budi, siti); siti's draft is refused in every way; budi submits, is returned with notes, resubmits, is
 * approved, then revises; kasi.primer's SKP has to follow kabid.yankes's once that is agreed. Every test sets up what
 * it needs and runs in any order: the cycles are opened by whichever test asks first ({@link #cycle}), and budi's
 * newest SKP is driven to the stage a test needs ({@link #budiAt}): when it is already past that stage it is agreed
 * and a revision, a new SKP with a review of its own, starts again from the draft.
 */
class SkpPlanningIT extends PostgresIntegrationTest {

  static final String YEAR = "2026";
  static final String RETURN_NOTES = "Target puskesmas dinaikkan menjadi 14";

  /** Where budi's SKP is on its way through the review, in the order it gets there. */
  enum Stage { DRAFT, SUBMITTED, RETURNED, AGREED }

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

  /**
   * The unit's cycle of {@link #YEAR}, opened unless it is open already: the call that opens it must be answered 202
   * Accepted (the planning instances start in the background), any later one 200 with the same cycle.
   */
  private long cycle(String unitCode, String cadence) {
    List<Integer> existing = JsonPath.read(get("hr", "/api/v1/cycles", null).getBody(),
        "$[?(@.unitCode == '" + unitCode + "' && @.year == " + YEAR + ")].id");
    ResponseEntity<String> opened = postJson("hr", "/api/v1/cycles",
        "{\"year\":" + YEAR + ",\"cadence\":\"" + cadence + "\",\"unitCode\":\"" + unitCode + "\"}");

    assertThat(opened.getStatusCode()).as(opened.getBody())
        .isEqualTo(existing.isEmpty() ? HttpStatus.ACCEPTED : HttpStatus.OK);
    long id = ((Number) JsonPath.read(opened.getBody(), "$.id")).longValue();
    if (!existing.isEmpty()) {
      assertThat(id).isEqualTo(existing.get(0).longValue());
    }
    awaitOpen(id);
    return id;
  }

  private long yankes() {
    return cycle("DINKES-YANKES", "QUARTERLY");
  }

  /** Bidang Pelayanan Pencatatan Sipil: intan and rahmat, whose seksi head's post is vacant (kabid.capil above). */
  private long capil() {
    return cycle("DISDUKCAPIL-CAPIL", "SEMESTER");
  }

  /** siti's SKP: a draft that no test submits successfully (each test writes the content it needs first). */
  private long sitiDraft() {
    yankes();
    long id = skpOf("siti");
    assertThat(status("siti", id)).as("siti's SKP stays a draft").isEqualTo("DRAFT");
    return id;
  }

  private String status(String user, long skpId) {
    return JsonPath.read(get(user, "/api/v1/skp/" + skpId, null).getBody(), "$.status");
  }

  /** The SKP as its owner sees it. */
  private String skp(String user, long skpId) {
    ResponseEntity<String> skp = get(user, "/api/v1/skp/" + skpId, null);
    assertThat(skp.getStatusCode()).isEqualTo(HttpStatus.OK);
    return skp.getBody();
  }

  /**
   * budi's newest SKP of the year at the given stage: DRAFT (never submitted), SUBMITTED (first round, 60/40),
   * RETURNED (once, with {@link #RETURN_NOTES}, after 60/40) or AGREED (in force, no revision open). When his newest
   * SKP is past the stage (or off this path), it is agreed and a revision is asked for, which starts as a draft.
   */
  private long budiAt(Stage wanted) {
    yankes();
    List<Map<String, Object>> mine = JsonPath.read(get("budi", "/api/v1/skp?year=" + YEAR, null).getBody(), "$");
    Map<String, Object> newest = mine.stream()
        .max(java.util.Comparator.comparingInt(s -> ((Number) s.get("revision")).intValue())).orElseThrow();
    long id = ((Number) newest.get("id")).longValue();
    String body = skp("budi", id);
    Stage now = stageOf(body);
    if (now == null || now.ordinal() > wanted.ordinal()) {
      agree(id, JsonPath.read(body, "$.status"));
      ResponseEntity<String> revision = postJson("budi", "/api/v1/skp/" + id + "/revisions", "");
      assertThat(revision.getStatusCode()).as(revision.getBody()).isEqualTo(HttpStatus.CREATED);
      id = ((Number) JsonPath.read(revision.getBody(), "$.id")).longValue();
      now = Stage.DRAFT;
    }
    while (now != wanted) {
      now = next(id, now);
    }
    return id;
  }

  /** The stage of an SKP on the path {@link #budiAt} drives, or null when it is off that path. */
  private static Stage stageOf(String skp) {
    String status = JsonPath.read(skp, "$.status");
    int reviews = JsonPath.<List<Object>>read(skp, "$.reviews").size();
    return switch (status) {
      case "DRAFT" -> reviews == 0 ? Stage.DRAFT : null;
      case "SUBMITTED" -> reviews == 0 ? Stage.SUBMITTED : null;
      case "RETURNED" -> reviews == 1 ? Stage.RETURNED : null;
      case "AGREED" -> Stage.AGREED;
      default -> null;
    };
  }

  private Stage next(long id, Stage now) {
    switch (now) {
      case DRAFT -> {
        assertThat(putJson("budi", "/api/v1/skp/" + id, rhk(60, 40, null)).getStatusCode()).isEqualTo(HttpStatus.OK);
        submit(id);
        return Stage.SUBMITTED;
      }
      case SUBMITTED -> {
        review(id, "{\"decision\":\"RETURN\",\"notes\":\"" + RETURN_NOTES + "\"}");
        return Stage.RETURNED;
      }
      case RETURNED -> {
        agree(id, "RETURNED");
        return Stage.AGREED;
      }
      default -> throw new IllegalStateException("nothing comes after " + now);
    }
  }

  /** budi's SKP agreed, from whatever status it has. */
  private void agree(long id, String status) {
    if (!"AGREED".equals(status)) {
      if (!"SUBMITTED".equals(status)) {
        assertThat(putJson("budi", "/api/v1/skp/" + id, rhk(55, 45, null)).getStatusCode()).isEqualTo(HttpStatus.OK);
        submit(id);
      }
      review(id, "{\"decision\":\"APPROVE\"}");
    }
  }

  private void submit(long id) {
    ResponseEntity<String> submitted = postJson("budi", "/api/v1/skp/" + id + "/submit", "");
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void review(long id, String decision) {
    ResponseEntity<String> reviewed = postJson("kasi.primer", "/api/v1/skp/" + id + "/review", decision);
    assertThat(reviewed.getStatusCode()).as(reviewed.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void hrOpensACycleAndEveryEmployeeOfTheSubtreeGetsASusunSkpTask() {
    long cycleId = yankes();

    String cycle = get("hr", "/api/v1/cycles/" + cycleId, null).getBody();
    assertThat((Integer) JsonPath.read(cycle, "$.total")).isEqualTo(4);
    assertThat((Integer) JsonPath.read(cycle, "$.started")).isEqualTo(4);
    for (String user : List.of("kabid.yankes", "kasi.primer", "budi", "siti")) {
      List<Integer> originals = JsonPath.read(get(user, "/api/v1/skp?year=" + YEAR, null).getBody(),
          "$[?(@.revision == 0)].id");
      assertThat(originals).as(user).hasSize(1);
      String businessKey = "skp-" + originals.get(0);
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
          .as(user).isEqualTo(1);
      // the first task of the planning instance (later ones come after a return) was the user's "Susun SKP"
      List<org.camunda.bpm.engine.history.HistoricTaskInstance> tasks = historyService
          .createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
          .orderByHistoricActivityInstanceStartTime().asc().list();
      assertThat(tasks).as(user).isNotEmpty();
      assertThat(tasks.get(0).getTaskDefinitionKey()).as(user).isEqualTo("SusunSkp");
      assertThat(tasks.get(0).getAssignee()).as(user).isEqualTo(user);
    }
  }

  @Test
  void openingTheSameCycleAgainStartsNothingNew() {
    long cycleId = yankes();
    Map<String, String> before = new java.util.HashMap<>();
    for (String user : List.of("kabid.yankes", "kasi.primer", "budi", "siti")) {
      before.put(user, JsonPath.read(get(user, "/api/v1/skp?year=" + YEAR, null).getBody(), "$[*].id").toString());
    }
    long siti = sitiDraft();

    ResponseEntity<String> again = postJson("hr", "/api/v1/cycles",
        "{\"year\":" + YEAR + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"DINKES-YANKES\"}");

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) JsonPath.read(again.getBody(), "$.id")).longValue()).isEqualTo(cycleId);
    for (String user : before.keySet()) {
      assertThat(JsonPath.read(get(user, "/api/v1/skp?year=" + YEAR, null).getBody(), "$[*].id").toString())
          .as(user).isEqualTo(before.get(user));
    }
    assertThat((Integer) JsonPath.read(get("hr", "/api/v1/cycles/" + cycleId, null).getBody(), "$.started"))
        .isEqualTo(4);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("skp-" + siti).taskAssignee("siti")
        .taskDefinitionKey("SusunSkp").count()).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("skp-" + siti).count())
        .isEqualTo(1);
  }

  @Test
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
  void weightsSummingTo90AreRefusedWithTheRuleNamedAndTheTaskStaysOpen() {
    long sitiSkp = sitiDraft();
    assertThat(putJson("siti", "/api/v1/skp/" + sitiSkp, rhk(60, 30, null)).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<String> refused = postJson("siti", "/api/v1/skp/" + sitiSkp + "/submit", "");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(refused);
    List<String> messages = JsonPath.read(refused.getBody(), "$.errors[*].message");
    assertThat(messages).singleElement().asString().contains("100%").contains("90%");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("skp-" + sitiSkp).taskAssignee("siti")
        .taskDefinitionKey("SusunSkp").count()).isEqualTo(1);
    assertThat((String) JsonPath.read(get("siti", "/api/v1/skp/" + sitiSkp, null).getBody(), "$.status"))
        .isEqualTo("DRAFT");
  }

  @Test
  void everyBrokenRuleIsListedOnSubmit() {
    long sitiSkp = sitiDraft();
    String noUtama = """
        {"rhk":[{"text":"Tugas tambahan","type":"TAMBAHAN","weight":100,
          "indicators":[{"text":"Jumlah kegiatan","aspect":"KUANTITAS","approach":"KUANTITATIF","target":0}]}]}""";
    putJson("siti", "/api/v1/skp/" + sitiSkp, noUtama);

    ResponseEntity<String> refused = postJson("siti", "/api/v1/skp/" + sitiSkp + "/submit", "");

    List<String> fields = JsonPath.read(refused.getBody(), "$.errors[*].field");
    assertThat(fields).containsExactlyInAnyOrder("rhk", "rhk[0].indicators[0].target", "rhk[0].indicators[0].unit",
        "rhk[0].indicators[0].direction");
  }

  @Test
  void aMalformedDraftIsRefusedFieldByFieldAndNothingIsStored() {
    long sitiSkp = sitiDraft();
    putJson("siti", "/api/v1/skp/" + sitiSkp, rhk(60, 30, null));
    String bad = """
        {"rhk":[{"text":"","type":"PENTING","weight":50.5,"supervisorRhkId":424242,
          "indicators":[{"text":"x","aspect":"KECEPATAN","approach":"KUANTITATIF","target":1,"unit":"u",
                         "direction":"UP"}]}]}""";

    ResponseEntity<String> refused = putJson("siti", "/api/v1/skp/" + sitiSkp, bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = JsonPath.read(refused.getBody(), "$.errors[*].field");
    assertThat(fields).containsExactlyInAnyOrder("rhk[0].text", "rhk[0].type", "rhk[0].weight",
        "rhk[0].supervisorRhkId", "rhk[0].indicators[0].aspect", "rhk[0].indicators[0].direction");
    List<Integer> weights = JsonPath.read(get("siti", "/api/v1/skp/" + sitiSkp, null).getBody(), "$.rhk[*].weight");
    assertThat(weights).containsExactly(60, 30);
    assertThat(putJson("siti", "/api/v1/skp/" + sitiSkp, "{\"rhk\":").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void anotherEmployeeGets403OnEveryCall() {
    yankes();
    // budi's first SKP, whatever its stage: siti may do nothing with it
    String skp = "/api/v1/skp/" + skpOf("budi");

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
  void with100PercentTheSkpReachesTheSupervisorsTasklist() {
    long budiSkp = budiAt(Stage.DRAFT);
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
  void aReturnNeedsNotesAndPutsTheTaskBackWithTheNotesVisible() {
    long budiSkp = budiAt(Stage.SUBMITTED);
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
  void anApprovalMakesTheSkpAgreedAndFrozen() {
    long budiSkp = budiAt(Stage.RETURNED);
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
  void theSupervisorSeesEachSubordinateWithTheStatusOfTheirSkp() {
    budiAt(Stage.AGREED);
    sitiDraft();

    ResponseEntity<String> response = get("kasi.primer", "/api/v1/skp/subordinates?year=" + YEAR, null);

    List<Map<String, Object>> rows = JsonPath.read(response.getBody(), "$");
    assertThat(rows).extracting(r -> r.get("username") + ":" + r.get("status"))
        .containsExactlyInAnyOrder("budi:AGREED", "siti:DRAFT");
    List<Object> none = JsonPath.read(get("budi", "/api/v1/skp/subordinates?year=" + YEAR, null).getBody(), "$");
    assertThat(none).isEmpty();
  }

  @Test
  void aRevisionGoesThroughTheSameReviewWhileTheAgreedVersionStaysInForce() {
    long budiSkp = budiAt(Stage.AGREED);
    int agreedRevision = JsonPath.read(skp("budi", budiSkp), "$.revision");
    assertThat((Boolean) JsonPath.read(skp("budi", budiSkp), "$.inForce")).isTrue();

    ResponseEntity<String> requested = postJson("budi", "/api/v1/skp/" + budiSkp + "/revisions", "");

    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long budiRevision = ((Number) JsonPath.read(requested.getBody(), "$.id")).longValue();
    // the first revision when budi's first SKP is the agreed one; the next one after an earlier revision
    assertThat((Integer) JsonPath.read(requested.getBody(), "$.revision")).isEqualTo(agreedRevision + 1);
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
  void onceTheSupervisorsSkpIsAgreedUtamaRhkMustBeLinkedToIt() {
    // kabid.yankes and his subordinate kasi.primer: no other test lets kasi.primer's SKP be agreed, which would
    // oblige budi and siti to link theirs
    yankes();
    long kabidSkp = skpOf("kabid.yankes");
    putJson("kabid.yankes", "/api/v1/skp/" + kabidSkp, rhk(80, 20, null));
    assertThat(postJson("kabid.yankes", "/api/v1/skp/" + kabidSkp + "/submit", "").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(postJson("kadinkes", "/api/v1/skp/" + kabidSkp + "/review", "{\"decision\":\"APPROVE\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    long kasiSkp = skpOf("kasi.primer");
    putJson("kasi.primer", "/api/v1/skp/" + kasiSkp, rhk(60, 40, null));

    ResponseEntity<String> unlinked = postJson("kasi.primer", "/api/v1/skp/" + kasiSkp + "/submit", "");
    assertThat(unlinked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(unlinked.getBody(), "$.errors[0].field")).isEqualTo("rhk[0].supervisorRhkId");

    List<Integer> kabidRhk = JsonPath.read(get("kabid.yankes", "/api/v1/skp/" + kabidSkp, null).getBody(),
        "$.rhk[*].id");
    putJson("kasi.primer", "/api/v1/skp/" + kasiSkp, rhk(60, 40, kabidRhk.get(0).longValue()));
    assertThat(postJson("kasi.primer", "/api/v1/skp/" + kasiSkp + "/submit", "").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aVacantSupervisorPostSendsTheReviewToTheNextHeadUpAndTheTasklistFormPathWorks() {
    capil();
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
  void aRefusedTasklistSubmissionExplainsItselfInIndonesianAndKeepsTheTask() {
    capil();
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
