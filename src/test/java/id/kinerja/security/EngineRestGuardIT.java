package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.FromAddress;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13, item 9: on both doors to the engine REST API ({@code /engine-rest} and Tasklist's
 * {@code /camunda/api/engine/engine/default}), an assignee works on their own task and no more; HR keeps its
 * rights. kasi.diklat (Seksi Pendidikan dan Pelatihan) is used by no other test.
 */
class EngineRestGuardIT extends PostgresIntegrationTest {

  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @LocalServerPort
  int port;

  @Test
  void anAssigneeCannotWidenTheirTaskOrReadEngineAdministrationButStillWorksOnIt() {
    openCycle("\"year\":2026,\"cadence\":\"QUARTERLY\",\"unitCode\":\"BKPSDM-BANGKOM-DIKLAT\"");
    String taskId = draftTask2026("kasi.diklat");
    String task = "/engine-rest/task/" + taskId;

    ResponseEntity<String> widened = postJson("kasi.diklat", task + "/identity-links",
        "{\"groupId\":\"pegawai\",\"type\":\"candidate\"}");
    assertThat(widened.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemJson(widened);
    assertThat(postJson("kasi.diklat", "/engine-rest/engine/default/task/" + taskId + "/identity-links",
        "{\"userId\":\"budi\",\"type\":\"candidate\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId).doesNotContain("pegawai");

    assertThat(postJson("kasi.diklat", task + "/variables",
        "{\"modifications\":{\"disisipkan\":{\"value\":1,\"type\":\"Integer\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(putJson("kasi.diklat", task + "/variables/disisipkan", "{\"value\":1,\"type\":\"Integer\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("kasi.diklat", task + "/assignee", "{\"userId\":\"budi\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    String instanceId = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    assertThat(runtime.getVariable(instanceId, "disisipkan")).isNull();

    for (String admin : List.of("/engine-rest/metrics", "/engine-rest/job-definition", "/engine-rest/schema/log",
        "/engine-rest/job", "/engine-rest/incident", "/engine-rest/engine/default/metrics")) {
      ResponseEntity<String> refused = get("kasi.diklat", admin, null);
      assertThat(refused.getStatusCode()).as(admin).isEqualTo(HttpStatus.FORBIDDEN);
      assertProblemJson(refused);
    }

    assertThat(get("kasi.diklat", task, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("kasi.diklat", task + "/form-variables", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("kasi.diklat", task + "/localVariables",
        "{\"modifications\":{\"catatan\":{\"value\":\"draf\",\"type\":\"String\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.getVariableLocal(taskId, "catatan")).isEqualTo("draf");
    assertThat(postJson("kasi.diklat", "/engine-rest/decision-definition/key/predikat-kinerja/evaluate",
        "{\"variables\":{\"ratingHasilKerja\":{\"value\":\"SESUAI_EKSPEKTASI\"},"
        + "\"ratingPerilakuKerja\":{\"value\":\"SESUAI_EKSPEKTASI\"}}}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    for (String admin : List.of("/engine-rest/metrics", "/engine-rest/job-definition", "/engine-rest/schema/log")) {
      assertThat(get("hr", admin, null).getStatusCode()).as("HR " + admin).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void tasklistsEngineDoorAppliesTheSameRules() {
    openCycle("\"year\":2026,\"cadence\":\"QUARTERLY\",\"unitCode\":\"BKPSDM-BANGKOM-DIKLAT\"");
    String taskId = draftTask2026("kasi.diklat");
    String engine = "/camunda/api/engine/engine/default";

    FromAddress tasklist = new FromAddress("127.0.0.41", port);
    assertThat(tasklist.webappLogin("kasi.diklat", PASSWORD).status()).isEqualTo(200);
    assertThat(tasklist.get(engine + "/filter?resourceType=Task&itemCount=true", null).status()).isEqualTo(200);
    FromAddress.Response mine = tasklist.get(engine + "/task?assignee=kasi.diklat", null);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(JsonPath.<List<String>>read(mine.body(), "$[*].id")).contains(taskId);
    assertThat(tasklist.get(engine + "/task/" + taskId + "/form-variables", null).status()).isEqualTo(200);

    FromAddress.Response widened = tasklist.send("POST", engine + "/task/" + taskId + "/identity-links", null,
        "application/json", "{\"groupId\":\"pegawai\",\"type\":\"candidate\"}");
    assertThat(widened.status()).isEqualTo(403);
    assertThat(widened.header("Content-Type")).startsWith("application/problem+json");
    assertThat(tasklist.send("POST", engine + "/task/" + taskId + "/variables", null, "application/json",
        "{\"modifications\":{\"disisipkan\":{\"value\":1}}}").status()).isEqualTo(403);
    assertThat(tasklist.get(engine + "/metrics", null).status()).isEqualTo(403);
    assertThat(tasklist.get(engine + "/job-definition", null).status()).isEqualTo(403);

    FromAddress cockpit = new FromAddress("127.0.0.42", port);
    assertThat(cockpit.webappLogin("hr", PASSWORD).status()).isEqualTo(200);
    assertThat(cockpit.get(engine + "/job-definition", null).status()).isEqualTo(200);
    assertThat(cockpit.get(engine + "/task/" + taskId + "/identity-links", null).status()).isEqualTo(200);
    assertThat(send("hr", HttpMethod.GET, "/engine-rest/task/" + taskId + "/identity-links", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void tasklistMaySetTheFollowUpDateOfOnesTaskButAnUpdateThatReassignsIsRefused() throws Exception {
    openCycle("\"year\":2026,\"cadence\":\"QUARTERLY\",\"unitCode\":\"BKPSDM-BANGKOM-DIKLAT\"");
    String taskId = draftTask2026("kasi.diklat");
    String path = "/engine-rest/task/" + taskId;
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode stored = json.readTree(get("kasi.diklat", path, null).getBody());
    // the fields Tasklist's update sends (camunda-bpm-sdk-js Task.update)
    com.fasterxml.jackson.databind.node.ObjectNode sent = json.createObjectNode();
    for (String field : List.of("name", "description", "priority", "assignee", "owner", "delegationState", "due",
        "followUp", "parentTaskId", "caseInstanceId", "tenantId")) {
      sent.set(field, stored.get(field));
    }

    sent.put("followUp", "2026-12-10T09:00:00.000+0700");
    ResponseEntity<String> datesOnly = putJson("kasi.diklat", path, sent.toString());
    assertThat(datesOnly.getStatusCode()).as(datesOnly.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getFollowUpDate()).isNotNull();

    sent.put("assignee", "putri");
    ResponseEntity<String> reassigned = putJson("kasi.diklat", path, sent.toString());
    assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemJson(reassigned);
    sent.put("assignee", "kasi.diklat");
    sent.remove("name");
    assertThat(putJson("kasi.diklat", path, sent.toString()).getStatusCode()).as("an absent name would clear it")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("kasi.diklat");
  }

  /** Other tests open 2027 cycles for the same unit: the task of this year's SKP, by its business key. */
  private String draftTask2026(String username) {
    String key = "skp-" + skpOf(username);
    return id.kinerja.support.Pause.until(() -> tasks.createTaskQuery().processInstanceBusinessKey(key)
        .taskAssignee(username).taskDefinitionKey("SusunSkp").singleResult(), java.util.Objects::nonNull,
        id.kinerja.support.Pause.BACKGROUND_WORK, "no SusunSkp task for " + username).getId();
  }
}
