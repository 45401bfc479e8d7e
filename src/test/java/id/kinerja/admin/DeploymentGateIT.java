package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.common.AuditTrail;
import id.kinerja.engine.ModelCatalog;
import id.kinerja.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Deployments through {@code POST /engine-rest/deployment/create} as the desktop Modeler sends them, and through
 * {@code /api/v1/admin/deployments}. Every refused model leaves the engine untouched; the accepted one is the
 * shipped {@code skp-planning} with one more documentation text (a harmless new version for the other tests).
 */
class DeploymentGateIT extends PostgresIntegrationTest {

  static final String CREATE = "/engine-rest/deployment/create";

  @Autowired
  RepositoryService repository;
  @Autowired
  AuditTrail audit;
  @Autowired
  DeploymentGate gate;
  @Autowired
  ModelCatalog catalog;

  static String planning() {
    try (var in = DeploymentGateIT.class.getClassLoader().getResourceAsStream("processes/skp-planning.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  ResponseEntity<String> deploy(String user, String language, Map<String, String> fields, String fileName,
      String content) {
    return deployWith(http, user, language, fields, fileName, content);
  }

  /** A deployment as the desktop Modeler sends it (usable from other tests). */
  ResponseEntity<String> deployWith(org.springframework.boot.test.web.client.TestRestTemplate client, String user,
      Map<String, String> fields, String fileName, String content) {
    return deployWith(client, user, null, fields, fileName, content);
  }

  static ResponseEntity<String> deployWith(org.springframework.boot.test.web.client.TestRestTemplate client,
      String user, String language, Map<String, String> fields, String fileName, String content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    fields.forEach(body::add);
    body.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return client.withBasicAuth(user, PASSWORD).postForEntity(CREATE, new HttpEntity<>(body, headers), String.class);
  }

  int versions() {
    return (int) repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").count();
  }

  @Test
  void hrDeploysAGoodModelWithAReasonAndTheAuditHasReasonAndDiff() {
    String model = planning().replaceFirst(
        "(<bpmn:userTask id=\"SusunSkp\"[^>]*>)", "$1\n      <bpmn:documentation>Disusun pegawai (uji gerbang)</bpmn:documentation>");
    int before = versions();
    ResponseEntity<String> response = deploy("hr", null, Map.of("deployment-name", "skp-planning",
        "deployment-reason", "Uji gerbang: dokumentasi Susun SKP", "enable-duplicate-filtering", "false",
        "deployment-source", "Camunda Modeler"), "skp-planning.bpmn", model);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String id = JsonPath.read(response.getBody(), "$.id");
    Map<String, Object> definitions = JsonPath.read(response.getBody(), "$.deployedProcessDefinitions");
    assertThat(definitions).hasSize(1);
    assertThat(versions()).isEqualTo(before + 1);
    var entries = audit.of(DeploymentGate.AUDIT_SUBJECT, id);
    assertThat(entries).singleElement().satisfies(entry -> {
      assertThat(entry.getActor()).isEqualTo("hr");
      assertThat(entry.getAction()).isEqualTo(DeploymentGate.AUDIT_ACTION);
      assertThat(entry.getDetails()).contains("Uji gerbang: dokumentasi Susun SKP");
      // against the latest version before (other tests may have deployed documentation changes of their own)
      assertThat((List<String>) JsonPath.read(entry.getDetails(), "$.changes[0].changed")).contains("SusunSkp");
      assertThat((List<String>) JsonPath.read(entry.getDetails(), "$.changes[0].removed")).isEmpty();
    });
  }

  @Test
  void theDesktopModelersDeploymentNameIsTheReasonAndWithoutBothItIs400() {
    ResponseEntity<String> none = deploy("hr", null, Map.of(), "skp-planning.bpmn", planning());
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(none);
    assertThat((List<String>) JsonPath.read(none.getBody(), "$.errors[*].field")).containsExactly("deployment-reason");
    ResponseEntity<String> named = deploy("hr", null, Map.of("deployment-name", "Perbaikan label",
        "deploy-changed-only", "true"), "skp-planning.bpmn", planning());
    assertThat(named.getStatusCode()).as(named.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aUserTaskWithoutAssigneeIsRefusedNamingTheTaskInIndonesianAndEnglish() {
    String model = planning().replace("camunda:assignee=\"${employee}\"", "");
    int before = versions();
    ResponseEntity<String> id = deploy("hr", null, Map.of("deployment-reason", "uji"), "skp-planning.bpmn", model);
    assertThat(id.getStatusCode()).as(id.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertProblemJson(id);
    assertThat((List<String>) JsonPath.read(id.getBody(), "$.errors[*].field"))
        .containsExactly("skp-planning.bpmn#SusunSkp");
    assertThat((String) JsonPath.read(id.getBody(), "$.errors[0].message"))
        .isEqualTo("Tugas pengguna 'Susun SKP' (SusunSkp) tidak punya penerima: isi assignee, candidate users atau "
            + "candidate groups.");
    ResponseEntity<String> en = deploy("hr", "en", Map.of("deployment-reason", "test"), "skp-planning.bpmn", model);
    assertThat((String) JsonPath.read(en.getBody(), "$.errors[0].message")).startsWith("User task 'Susun SKP'");
    assertThat(versions()).isEqualTo(before);
  }

  @Test
  void anUnknownDelegateAChangedKeyAndARemovedContractTaskAreRefused() {
    int before = versions();
    ResponseEntity<String> delegate = deploy("hr", null, Map.of("deployment-reason", "uji"), "skp-planning.bpmn",
        planning().replaceFirst("\\$\\{skpReminder}", "\\${pengingatTidakAda}"));
    assertThat(delegate.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) JsonPath.read(delegate.getBody(), "$.errors[0].message")).contains("'pengingatTidakAda'")
        .contains("bukan bean Kinerja");
    ResponseEntity<String> key = deploy("hr", null, Map.of("deployment-reason", "uji"), "skp-planning.bpmn",
        planning().replace("id=\"skp-planning\"", "id=\"skp-planning-2\""));
    assertThat(key.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<String>) JsonPath.read(key.getBody(), "$.errors[*].field"))
        .contains("skp-planning.bpmn#skp-planning-2");
    ResponseEntity<String> removed = deploy("hr", null, Map.of("deployment-reason", "uji"), "skp-planning.bpmn",
        planning().replace("\"TindakLanjutKeterlambatan\"", "\"TindakLanjutLain\""));
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<String>) JsonPath.read(removed.getBody(), "$.errors[*].message"))
        .contains("Proses skp-planning harus tetap memiliki elemen 'TindakLanjutKeterlambatan': kode Kinerja "
            + "memakainya.");
    assertThat(versions()).isEqualTo(before);
  }

  @Test
  void anEngineParseErrorNamesLineAndElement() {
    // a sequence flow to nowhere: well-formed, passes Kinerja's rules, the engine's parser refuses it
    String model = planning().replaceFirst("targetRef=\"SusunSkp\"", "targetRef=\"TidakAda\"");
    ResponseEntity<String> response = deploy("hr", null, Map.of("deployment-reason", "uji"), "skp-planning.bpmn",
        model);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) JsonPath.read(response.getBody(), "$.errors[0].message"))
        .startsWith("Mesin proses menolak skp-planning.bpmn (baris ");
  }

  @Test
  void anEmployeesDeployIs403AndTheWebappsRedeployIsRefused() {
    ResponseEntity<String> employee = deploy("sandi", null, Map.of("deployment-reason", "uji"), "skp-planning.bpmn",
        planning());
    assertThat(employee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemJson(employee);
    String someDeployment = repository.createDeploymentQuery().list().get(0).getId();
    ResponseEntity<String> redeploy = postJson("hr", "/engine-rest/deployment/" + someDeployment + "/redeploy", "{}");
    assertThat(redeploy.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemJson(redeploy);
  }

  @Test
  void theAdminApiIsTheSameGate() {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("reason", "uji");
    body.add("files", new ByteArrayResource(planning().replace("camunda:assignee=\"${employee}\"", "")
        .getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "skp-planning.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> refused = as("hr").postForEntity("/api/v1/admin/deployments",
        new HttpEntity<>(body, headers), String.class);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<String>) JsonPath.read(refused.getBody(), "$.errors[*].field"))
        .containsExactly("skp-planning.bpmn#SusunSkp");
    ResponseEntity<String> employee = as("sandi").postForEntity("/api/v1/admin/deployments",
        new HttpEntity<>(body, headers), String.class);
    assertThat(employee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void everyShippedModelPassesTheGateWithTheFeaturesContracts() {
    List<ModelResource> shipped = new ArrayList<>();
    catalog.shippedModels().forEach((name, bytes) -> shipped.add(new ModelResource(name, bytes)));
    ModelRules.Outcome outcome = new ModelRules(new com.fasterxml.jackson.databind.ObjectMapper())
        .check(shipped, gate.contracts(), gate.environment());
    assertThat(outcome.violations()).extracting(v -> v.messageKey() + " " + v.field()).isEmpty();
    List<String> keys = outcome.models().stream().filter(m -> m.type() != ModelResource.Type.FORM)
        .flatMap(m -> m.keys().stream()).toList();
    assertThat(gate.contracts().keySet()).containsExactlyInAnyOrderElementsOf(keys);
  }
}
