package id.kinerja.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the integration tests: the whole application on a real PostgreSQL (the production profile, plus the
 * demo government), one Spring context shared by every subclass. Subclasses add nothing to the configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kinerja.demo.enabled=true",
        // the tests play the region's reverse proxy on this machine: citizens' addresses come in X-Forwarded-For
        "kinerja.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"})
@ActiveProfiles("postgres")
@Import(TestDatabaseConfig.class)
public abstract class PostgresIntegrationTest {

  protected static final String PASSWORD = "demo";

  @Autowired
  protected TestRestTemplate http;

  /** HR opens a cycle (body fields as JSON, without braces) and waits until its planning instances are started. */
  protected long openCycle(String fields) {
    ResponseEntity<String> opened = postJson("hr", "/api/v1/cycles", "{" + fields + "}");
    if (!opened.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("cycle not opened: " + opened.getStatusCode() + " " + opened.getBody());
    }
    long id = ((Number) com.jayway.jsonpath.JsonPath.read(opened.getBody(), "$.id")).longValue();
    awaitOpen(id);
    return id;
  }

  /** Waits until a cycle has finished opening; returns the cycle as the API shows it. */
  protected String awaitOpen(long cycleId) {
    return Pause.until(() -> get("hr", "/api/v1/cycles/" + cycleId, null).getBody(),
        body -> "OPEN".equals(com.jayway.jsonpath.JsonPath.read(body, "$.status")), Pause.BACKGROUND_WORK,
        "cycle " + cycleId + " did not finish opening");
  }

  /** The id of a user's first SKP of 2026. */
  protected long skpOf(String username) {
    java.util.List<Integer> ids = com.jayway.jsonpath.JsonPath.read(
        get(username, "/api/v1/skp?year=2026", null).getBody(), "$[?(@.revision == 0)].id");
    return ids.get(0).longValue();
  }

  /** Waits (bounded) for a task of the given definition assigned to the user: background starts are async. */
  protected org.camunda.bpm.engine.task.Task awaitTask(org.camunda.bpm.engine.TaskService tasks, String assignee,
      String key) {
    return Pause.until(() -> tasks.createTaskQuery().taskAssignee(assignee).taskDefinitionKey(key).singleResult(),
        java.util.Objects::nonNull, Pause.BACKGROUND_WORK, "no " + key + " task for " + assignee);
  }

  protected static void assertProblemJson(ResponseEntity<?> response) {
    org.assertj.core.api.Assertions.assertThat(response.getHeaders().getContentType())
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "application/problem+json");
  }

  protected TestRestTemplate as(String username) {
    return http.withBasicAuth(username, PASSWORD);
  }

  protected ResponseEntity<String> get(String username, String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    TestRestTemplate client = username == null ? http : as(username);
    return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  protected ResponseEntity<String> send(String username, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = username == null ? http : as(username);
    return client.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  protected ResponseEntity<String> postJson(String username, String path, String json) {
    return send(username, HttpMethod.POST, path, json);
  }

  protected ResponseEntity<String> putJson(String username, String path, String json) {
    return send(username, HttpMethod.PUT, path, json);
  }

  protected ResponseEntity<String> postCsv(String username, String path, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    TestRestTemplate client = username == null ? http : as(username);
    return client.exchange(path, HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
  }
}
