package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.FromAddress;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, item 1: Camunda Admin's setup page and endpoint never create an administrator, not even on an install
 * without one (simulated by taking everybody out of {@code camunda-admin} for the duration of the test); the first
 * administrator comes from the environment ({@link FirstAdministrator}).
 */
class CamundaSetupIT extends PostgresIntegrationTest {

  private static final String NEW_ADMIN = "{\"profile\":{\"id\":\"penyusup\",\"firstName\":\"P\",\"lastName\":\"S\","
      + "\"email\":\"p@example.org\"},\"credentials\":{\"password\":\"penyusup-123456\"}}";

  @Autowired
  IdentityService identityService;

  @LocalServerPort
  int port;

  @Test
  void theSetupPageAndEndpointAreClosedEvenWithoutAnyAdministrator() {
    List<String> admins = identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).list().stream()
        .map(User::getId).toList();
    admins.forEach(admin -> identityService.deleteMembership(admin, Role.ADMIN.groupId()));
    try {
      FromAddress anonymous = new FromAddress("127.0.0.31", port);
      assertThat(anonymous.get("/camunda/app/admin/default/setup/", null).status()).isEqualTo(404);
      assertThat(anonymous.send("POST", "/camunda/api/admin/setup/default/user/create", null, "application/json",
          NEW_ADMIN).status()).isEqualTo(404);
      assertThat(anonymous.send("POST", "/camunda/api//admin/%73etup/default/user/create", null,
          "application/json", NEW_ADMIN).status()).isIn(400, 404);

      FromAddress loggedIn = new FromAddress("127.0.0.32", port);
      assertThat(loggedIn.webappLogin("budi", PASSWORD).status()).isEqualTo(200);
      assertThat(loggedIn.send("POST", "/camunda/api/admin/setup/default/user/create", null, "application/json",
          NEW_ADMIN).status()).isEqualTo(404);
      assertThat(loggedIn.send("POST", "/camunda/api/admin/setup/default/user/create",
          FromAddress.basic("hr", PASSWORD), "application/json", NEW_ADMIN).status()).isEqualTo(404);

      assertThat(identityService.createUserQuery().userId("penyusup").count()).as("no user created").isZero();
    } finally {
      if (identityService.createUserQuery().userId("penyusup").count() > 0) {
        identityService.deleteUser("penyusup");
      }
      admins.forEach(admin -> identityService.createMembership(admin, Role.ADMIN.groupId()));
    }
  }

  @Test
  void theFirstAdministratorComesFromTheEnvironmentOnceAndIsNeverChangedAfterwards() {
    new FirstAdministrator(identityService, "admin.pertama", "rahasia-panjang-sekali").create();

    assertThat(identityService.checkPassword("admin.pertama", "rahasia-panjang-sekali")).isTrue();
    assertThat(identityService.createGroupQuery().groupMember("admin.pertama").list())
        .extracting(g -> g.getId()).containsExactlyInAnyOrder(Role.HR.groupId(), Role.ADMIN.groupId());
    assertThat(get(null, "/api/v1/cycles", null).getStatusCode().value()).isEqualTo(401);
    assertThat(http.withBasicAuth("admin.pertama", "rahasia-panjang-sekali").getForEntity("/api/v1/cycles",
        String.class).getStatusCode().value()).isEqualTo(200);

    new FirstAdministrator(identityService, "admin.pertama", "kata-sandi-lain-sekali").create();
    assertThat(identityService.checkPassword("admin.pertama", "rahasia-panjang-sekali"))
        .as("an existing user keeps the password HR gave it").isTrue();
  }
}
