package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Item 3 of issue 20, the races issue 13 did not cover: one task completed at once through the API and through the
 * engine REST API (Tasklist's path), twenty requests with one Idempotency-Key, two HR officers setting one reward
 * budget. Fixture: the 2025 cycle of DISDUKCAPIL-CAPIL (intan; supervisor kabid.capil; a past year, so that realisation
 * dates are not in the future), used by no other test.
 */
class RacesIT extends PostgresIntegrationTest {

  @Autowired
  TaskService tasks;

  @Autowired
  IdentityService identities;

  @Autowired
  DataSource dataSource;

  @Test
  void aTaskCompletedAtOnceByApiAndEngineRestIsDecidedOnceAndTheOtherGets409() throws Exception {
    long skp = agreedSkpOfIntan();
    // agreedSkpOfIntan raced the review; what it found is checked here
    assertThat((String) JsonPath.read(get("intan", "/api/v1/skp/" + skp, null).getBody(), "$.status"))
        .isEqualTo("AGREED");
    assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_log where action = "
        + "'SKP_APPROVED' and subject_id = ?", Long.class, String.valueOf(skp))).isEqualTo(1);
  }

  @Test
  void twentyRequestsWithOneIdempotencyKeyStoreOneRealisation() throws Exception {
    long skp = agreedSkpOfIntan();
    List<Integer> indicators = JsonPath.read(get("intan", "/api/v1/skp/" + skp, null).getBody(),
        "$.rhk[*].indicators[*].id");
    String body = "{\"indicatorId\":" + indicators.get(0) + ",\"date\":\"2025-03-02\",\"value\":3}";
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long before = jdbc.queryForObject("select count(*) from realisation where indicator_id = ?", Long.class,
        indicators.get(0));

    List<ResponseEntity<String>> answers = together(20, () -> {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.set("Idempotency-Key", "races-intan-2025-03-02");
      return as("intan").exchange("/api/v1/skp/" + skp + "/realisations", HttpMethod.POST,
          new HttpEntity<>(body, headers), String.class);
    });

    assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnly(201);
    assertThat(answers.stream().map(ResponseEntity::getBody).distinct()).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from realisation where indicator_id = ?", Long.class,
        indicators.get(0))).isEqualTo(before + 1);
  }

  @Test
  void twoHrOfficersSettingOneBudgetAtOnceLeaveOneRowAndNoServerError() throws Exception {
    if (identities.createUserQuery().userId("hr.kedua").singleResult() == null) {
      User second = identities.newUser("hr.kedua");
      second.setFirstName("Petugas");
      second.setLastName("Kedua");
      second.setPassword(PASSWORD);
      identities.saveUser(second);
      identities.createMembership("hr.kedua", "hr");
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (int round = 0; round < 5; round++) {
      int year = 2090 + round;
      List<String> officers = List.of("hr", "hr.kedua");
      List<ResponseEntity<String>> answers = together(2, new Supplier<>() {
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public ResponseEntity<String> get() {
          int i = next.getAndIncrement();
          return putJson(officers.get(i), "/api/v1/rewards/budgets",
              "{\"organisationCode\":\"DISDUKCAPIL\",\"year\":" + year + ",\"amount\":" + (1000 + i) + "}");
        }
      });
      assertThat(answers).as("round " + round).allSatisfy(a -> assertThat(a.getStatusCode().value())
          .as(a.getBody()).isIn(204, 409));
      assertThat(answers).as("at least one decision stands").anySatisfy(a -> assertThat(a.getStatusCode().value())
          .isEqualTo(204));
      answers.stream().filter(a -> a.getStatusCode().value() == 409).forEach(a -> {
        assertProblemJson(a);
        assertThat((String) JsonPath.read(a.getBody(), "$.detail")).isNotBlank();
      });
      long rows = jdbc.queryForObject("select count(*) from reward_budget b join org_unit u on u.id = "
          + "b.organisation_id where u.code = 'DISDUKCAPIL' and b.budget_year = ?", Long.class, year);
      assertThat(rows).isEqualTo(1);
      long audited = jdbc.queryForObject("select count(*) from audit_log where action = 'REWARD_BUDGET_SET' and "
          + "subject_id = 'DISDUKCAPIL' and details like ?", Long.class, year + ":%");
      assertThat(audited).as("every decision that stands is audited").isEqualTo(
          answers.stream().filter(a -> a.getStatusCode().value() == 204).count());
    }
  }

  /** Intan's 2025 SKP agreed: the review raced through the API and engine REST's submit-form at once. */
  private synchronized long agreedSkpOfIntan() throws Exception {
    openCycle("\"year\":2025,\"cadence\":\"QUARTERLY\",\"unitCode\":\"DISDUKCAPIL-CAPIL\"");
    List<Integer> ids = JsonPath.read(get("intan", "/api/v1/skp?year=2025", null).getBody(),
        "$[?(@.revision == 0)].id");
    long skp = ids.get(0).longValue();
    String status = JsonPath.read(get("intan", "/api/v1/skp/" + skp, null).getBody(), "$.status");
    if (status.equals("AGREED")) {
      return skp;
    }
    assertThat(putJson("intan", "/api/v1/skp/" + skp, """
        {"rhk":[{"text":"Terverifikasinya akta kelahiran","type":"UTAMA","weight":100,"indicators":[
          {"text":"Akta terverifikasi","aspect":"KUANTITAS","approach":"KUANTITATIF","target":400,
           "unit":"akta","direction":"HIGHER_IS_BETTER"}]}]}""").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("intan", "/api/v1/skp/" + skp + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    String reviewer = "kabid.capil";
    String taskId = Pause.until(() -> tasks.createTaskQuery().processInstanceBusinessKey("skp-" + skp)
        .taskDefinitionKey("TinjauSkp").singleResult(), Objects::nonNull, Pause.BACKGROUND_WORK,
        "no review task").getId();
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(reviewer);

    List<ResponseEntity<String>> answers = together(2, new Supplier<>() {
      private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

      @Override
      public ResponseEntity<String> get() {
        return next.getAndIncrement() == 0
            ? postJson(reviewer, "/api/v1/skp/" + skp + "/review", "{\"decision\":\"APPROVE\"}")
            : postJson(reviewer, "/engine-rest/task/" + taskId + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}");
      }
    });
    Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(a -> a.getStatusCode().value(),
        TreeMap::new, Collectors.counting()));
    assertThat(answers).as("API then engine REST: " + answers).allSatisfy(a -> assertThat(a.getStatusCode().value())
        .isIn(200, 204, 409));
    assertThat(byStatus.getOrDefault(409, 0L)).as("exactly one loses: " + answers).isEqualTo(1);
    for (ResponseEntity<String> lost : answers) {
      if (lost.getStatusCode().value() == 409) {
        assertThat(lost.getBody()).as("a clear message").matches(b -> b.contains("\"detail\"")
            || b.contains("\"message\""));
      }
    }
    return skp;
  }

  /** Sends n requests as close together as threads allow; their answers in order of the suppliers' calls. */
  private static List<ResponseEntity<String>> together(int n, Supplier<ResponseEntity<String>> request)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<ResponseEntity<String>>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return request.get();
        }, pool));
      }
      start.countDown();
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (CompletableFuture<ResponseEntity<String>> f : futures) {
        answers.add(f.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
