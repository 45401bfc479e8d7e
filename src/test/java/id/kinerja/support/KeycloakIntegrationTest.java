package id.kinerja.support;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * Base of the keycloak-profile suites: the application on PostgreSQL with the {@code keycloak} profile, against the
 * real Keycloak of {@link KeycloakServer}; one Spring context for every subclass (they add nothing to it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    // a 1 s clock skew lets the expired-token test wait seconds, not the production half minute
    properties = {"kinerja.demo.enabled=true", "kinerja.keycloak.clock-skew=PT1S",
        // the realm file's client secrets are the published development ones
        "kinerja.allow-development-secrets=true"})
@ActiveProfiles({"postgres", "keycloak"})
@Import(TestDatabaseConfig.class)
public abstract class KeycloakIntegrationTest {

  protected static final String PASSWORD = "demo";
  private static final String WEB_CLIENT = "kinerja";
  private static final String WEB_CLIENT_SECRET = "kinerja-dev-secret";

  @Autowired
  protected TestRestTemplate http;

  @DynamicPropertySource
  static void keycloak(DynamicPropertyRegistry registry) {
    KeycloakServer keycloak = KeycloakServer.shared();
    registry.add("server.port", keycloak::appPort);
    registry.add("kinerja.base-url", () -> "http://localhost:" + keycloak.appPort());
    registry.add("kinerja.keycloak.url", keycloak::url);
  }

  protected static KeycloakServer keycloak() {
    return KeycloakServer.shared();
  }

  protected static String appUrl() {
    return "http://localhost:" + keycloak().appPort();
  }

  /** An access token for a demo user: the password grant of the web client. */
  protected static String tokenFor(String username) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "password");
    form.add("client_id", WEB_CLIENT);
    form.add("client_secret", WEB_CLIENT_SECRET);
    form.add("username", username);
    form.add("password", PASSWORD);
    form.add("scope", "openid");
    return requestToken(keycloak().tokenEndpoint(), form);
  }

  protected static String requestToken(String endpoint, MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> response = new RestTemplate().postForEntity(endpoint, new HttpEntity<>(form, headers),
        String.class);
    if (response.getStatusCode() != HttpStatus.OK) {
      throw new AssertionError("no token: " + response);
    }
    return JsonPath.read(response.getBody(), "$.access_token");
  }

  protected ResponseEntity<String> call(String token, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.setBearerAuth(token);
    }
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  protected ResponseEntity<String> get(String token, String path) {
    return call(token, HttpMethod.GET, path, null);
  }

  protected ResponseEntity<String> post(String token, String path, String json) {
    return call(token, HttpMethod.POST, path, json == null ? "" : json);
  }

  /** HR opens the year's cycle for a unit subtree and waits until every planning instance has started. */
  protected long openCycle(int year, String unitCode) {
    String hr = tokenFor("hr");
    ResponseEntity<String> opened = post(hr, "/api/v1/cycles",
        "{\"year\":" + year + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"" + unitCode + "\"}");
    if (!opened.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("cycle not opened: " + opened);
    }
    long id = ((Number) JsonPath.read(opened.getBody(), "$.id")).longValue();
    Pause.until(() -> get(hr, "/api/v1/cycles/" + id).getBody(), body -> "OPEN".equals(JsonPath.read(body, "$.status")),
        Pause.BACKGROUND_WORK, "cycle " + id + " did not finish opening");
    return id;
  }

  /** The id of the user's SKP of the year (first revision). */
  protected long skpOf(String username, int year) {
    java.util.List<Integer> ids = JsonPath.read(get(tokenFor(username), "/api/v1/skp?year=" + year).getBody(),
        "$[?(@.revision == 0)].id");
    return ids.get(0).longValue();
  }

  protected static void pause(long millis) {
    Pause.millis(millis);
  }
}
