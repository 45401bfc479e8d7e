package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.FromAddress;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, item 2: wrong passwords slow down one user from one address, boundedly; nobody is locked for good, and
 * the right password from another address always works. Users of their own (nobody else logs in as them), clients
 * from their own loopback addresses (127.0.0.x), so no other test is throttled.
 */
class LoginThrottleIT extends PostgresIntegrationTest {

  private static final String WRONG = "salah-sekali";

  @Autowired
  EmbeddedIdentity identity;

  @Autowired
  IdentityService identityService;

  @Autowired
  DataSource dataSource;

  @LocalServerPort
  int port;

  @BeforeEach
  void ownUsers() {
    for (String user : List.of("uji.kunci", "uji.basic", "uji.form")) {
      identity.ensureUser(user, "Pengguna Uji", user + "@example.org", PASSWORD);
      identity.ensureMembership(user, List.of(Role.EMPLOYEE));
    }
  }

  @Test
  void theEngineLocksNobodyOneWrongPasswordNeverRefusesTheRightOneAndTwelveDoNotLockForGood() {
    FromAddress stranger = new FromAddress("127.0.0.21", port);
    FromAddress owner = new FromAddress("127.0.0.22", port);

    assertThat(stranger.get("/api/v1/notifications", FromAddress.basic("uji.kunci", WRONG)).status()).isEqualTo(401);
    assertThat(owner.get("/api/v1/notifications", FromAddress.basic("uji.kunci", PASSWORD)).status())
        .as("right password right after a wrong one, from another address").isEqualTo(200);

    for (int i = 0; i < 12; i++) {
      assertThat(identityService.checkPassword("uji.kunci", WRONG)).isFalse();
    }
    assertThat(identityService.checkPassword("uji.kunci", PASSWORD)).as("not locked by the engine").isTrue();
    assertThat(owner.get("/engine-rest/task", FromAddress.basic("uji.kunci", PASSWORD)).status()).isEqualTo(200);
  }

  @Test
  void afterFiveFailuresThatUserFromThatAddressGets429WhileOtherAddressesWorkAndHrLiftsIt() {
    FromAddress attacker = new FromAddress("127.0.0.23", port);
    FromAddress owner = new FromAddress("127.0.0.24", port);

    for (int i = 1; i <= 5; i++) {
      assertThat(attacker.get("/api/v1/notifications", FromAddress.basic("uji.basic", WRONG)).status())
          .as("failure %d", i).isEqualTo(401);
    }
    FromAddress.Response refused = attacker.get("/api/v1/notifications", FromAddress.basic("uji.basic", PASSWORD));
    assertThat(refused.status()).as("the right password from the attacking address").isEqualTo(429);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 30L);
    assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("Terlalu banyak percobaan masuk");
    assertThat(attacker.get("/engine-rest/task", FromAddress.basic("uji.basic", PASSWORD)).status()).isEqualTo(429);

    assertThat(owner.get("/api/v1/notifications", FromAddress.basic("uji.basic", PASSWORD)).status())
        .as("the right password from another address").isEqualTo(200);
    assertThat(owner.get("/engine-rest/task", FromAddress.basic("uji.basic", PASSWORD)).status()).isEqualTo(200);

    ResponseEntity<String> listed = get("hr", "/api/v1/login-throttles", null);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> pairs = JsonPath.read(listed.getBody(), "$[?(@.username == 'uji.basic')]");
    assertThat(pairs).singleElement().satisfies(pair -> {
      assertThat(pair).containsEntry("clientAddress", "127.0.0.23").containsEntry("failures", 5);
      assertThat(pair.get("refusedUntil")).isNotNull();
    });
    assertThat(get("budi", "/api/v1/login-throttles", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("budi", HttpMethod.DELETE, "/api/v1/login-throttles/uji.basic", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(send("hr", HttpMethod.DELETE, "/api/v1/login-throttles/uji.basic", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_log where actor = 'hr'"
        + " and action = 'LOGIN_THROTTLE_LIFTED' and subject_id = 'uji.basic'", Integer.class)).isEqualTo(1);
    assertThat(attacker.get("/api/v1/notifications", FromAddress.basic("uji.basic", PASSWORD)).status())
        .as("lifted by HR").isEqualTo(200);
    ResponseEntity<String> again = send("hr", HttpMethod.DELETE, "/api/v1/login-throttles/uji.basic", null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertProblemJson(again);
  }

  @Test
  void theWebappLoginFormIsThrottledTheSameWay() {
    FromAddress attacker = new FromAddress("127.0.0.25", port);
    FromAddress owner = new FromAddress("127.0.0.26", port);

    for (int i = 1; i <= 5; i++) {
      assertThat(attacker.webappLogin("uji.form", WRONG).status()).as("failure %d", i).isEqualTo(401);
    }
    FromAddress.Response refused = attacker.webappLogin("uji.form", PASSWORD);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isNotBlank();

    assertThat(owner.webappLogin("uji.form", PASSWORD).status()).as("another address").isEqualTo(200);
    assertThat(identityService.checkPassword("uji.form", PASSWORD)).isTrue();
  }
}
