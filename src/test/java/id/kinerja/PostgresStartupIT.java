package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organization.Staff;
import id.kinerja.support.PostgresIntegrationTest;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application on PostgreSQL: our Flyway schema, the engine's schema, the demo government, the webapps. */
class PostgresStartupIT extends PostgresIntegrationTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  Staff employees;

  @Autowired
  IdentityService identityService;

  @Test
  void runsOnPostgresWithBothSchemas() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(jdbc.queryForObject("select count(*) from kinerja_schema_history where success", Integer.class))
        .isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
  }

  @Test
  void theDemoGovernmentAndItsLoginsExist() {
    assertThat(employees.count()).isGreaterThanOrEqualTo(36);
    assertThat(identityService.checkPassword("hr", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup("hr").userId("hr").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().memberOfGroup("pegawai").count()).isGreaterThanOrEqualTo(36);
  }

  @Test
  void webappsAndHealthAreServedButNoApiDocsOrActuatorLinks() {
    assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // issue 13: the production profile shows no API documentation and no actuator links without login
    for (String hidden : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/actuator",
        "/actuator/info")) {
      ResponseEntity<String> answer = http.getForEntity(hidden, String.class);
      assertThat(answer.getStatusCode()).as(hidden).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(String.valueOf(answer.getBody())).as(hidden).doesNotContain("/api/v1/employees");
    }
  }

  @Test
  void ourPagesCarryAStrictContentSecurityPolicyAndEveryAnswerAReferrerPolicy() {
    ResponseEntity<String> survey = http.getForEntity("/survei/DISDUKCAPIL-DAFDUK-KTP", String.class);
    assertThat(survey.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(survey.getHeaders().getFirst("Content-Security-Policy"))
        .contains("default-src 'none'", "script-src 'none'", "frame-ancestors 'none'");
    assertThat(http.getForEntity("/verifikasi/TIDAK-ADA", String.class).getHeaders()
        .getFirst("Content-Security-Policy")).contains("script-src 'none'");

    ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getHeaders().get("Content-Security-Policy")).as("Camunda's own policy, only one")
        .singleElement().asString().contains("default-src 'self'");

    for (ResponseEntity<String> answer : List.of(survey, tasklist, as("budi").getForEntity("/api/v1/notifications",
        String.class), http.getForEntity("/engine-rest/task", String.class))) {
      assertThat(answer.getHeaders().getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
  }

  @Test
  void engineRestRequiresCredentials() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("budi").getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
