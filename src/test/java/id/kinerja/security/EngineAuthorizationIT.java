package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Camunda authorizations in the embedded identity (HTTP Basic on /engine-rest), the same grants as with Keycloak:
 * Bidang Penilaian Kinerja — galih and hr report to kasi.kinerja, whose supervisor is kabid.kinerja.
 */
class EngineAuthorizationIT extends PostgresIntegrationTest {

  @Autowired
  AuthorizationService authorizations;

  @Test
  void employeesSeeTheirOwnInstancesSupervisorsTheirSubordinatesAndOnlyHrReachesCockpitAndAdmin() {
    openCycle("\"year\":2026,\"cadence\":\"QUARTERLY\",\"unitCode\":\"BKPSDM-PK\"");
    long galihSkp = skpOf("galih");
    long hrSkp = skpOf("hr");

    List<String> galihSees = JsonPath.read(get("galih", "/engine-rest/process-instance", null).getBody(),
        "$[*].businessKey");
    List<String> galihHistory = JsonPath.read(get("galih", "/engine-rest/history/process-instance", null).getBody(),
        "$[*].businessKey");
    List<String> galihTasks = JsonPath.read(get("galih", "/engine-rest/task", null).getBody(), "$[*].assignee");
    List<String> supervisorSees = JsonPath.read(get("kasi.kinerja", "/engine-rest/process-instance", null)
        .getBody(), "$[*].businessKey");
    List<String> seniorSees = JsonPath.read(get("kabid.kinerja", "/engine-rest/process-instance", null)
        .getBody(), "$[*].businessKey");

    assertThat(galihSees).containsExactly("skp-" + galihSkp);
    assertThat(galihHistory).containsExactly("skp-" + galihSkp);
    assertThat(galihTasks).isNotEmpty().containsOnly("galih");
    assertThat(supervisorSees).contains("skp-" + galihSkp, "skp-" + hrSkp);
    assertThat(seniorSees).contains("skp-" + galihSkp, "skp-" + hrSkp);
    assertThat(JsonPath.<List<String>>read(get("putri", "/engine-rest/process-instance", null).getBody(),
        "$[*].businessKey")).doesNotContain("skp-" + galihSkp);
    assertThat(postJson("galih", "/engine-rest/process-definition/key/pembukaan-periode/start", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    for (String app : List.of("cockpit", "admin")) {
      assertThat(authorizations.isUserAuthorized("galih", List.of(Role.EMPLOYEE.groupId()), Permissions.ACCESS,
          Resources.APPLICATION, app)).as(app).isFalse();
      assertThat(authorizations.isUserAuthorized("hr", List.of(Role.EMPLOYEE.groupId(), Role.HR.groupId()),
          Permissions.ACCESS, Resources.APPLICATION, app)).as(app).isTrue();
    }
    assertThat(authorizations.isUserAuthorized("galih", List.of(Role.EMPLOYEE.groupId()), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
  }
}
