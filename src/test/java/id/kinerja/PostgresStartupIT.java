package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organization.Employees;
import id.kinerja.support.PostgresIntegrationTest;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application on PostgreSQL: our Flyway schema, the engine's schema, the demo government, the webapps. */
class PostgresStartupIT extends PostgresIntegrationTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  Employees employees;

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
  void webappsAndHealthAreServed() {
    assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
    assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/v1/employees/import");
  }

  @Test
  void engineRestRequiresCredentials() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("budi").getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
