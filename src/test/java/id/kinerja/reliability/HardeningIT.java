package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.FromAddress;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Item 6 of issue 20 on the running application (postgres profile): security headers on every kind of response
 * (API answers and errors, engine REST, public pages, the webapps and their API, error pages of Spring and of
 * Tomcat), session cookies HttpOnly + SameSite, and what production hides (API docs, Swagger UI, actuator beyond
 * health). The property defaults (no demo users, secrets) are in {@code ProductionDefaultsTest}.
 */
class HardeningIT extends PostgresIntegrationTest {

  @LocalServerPort
  int port;

  /** What kind of answer, and the request that produces it. */
  record Kind(String name, String method, String path, String user) {
  }

  private static final List<Kind> KINDS = List.of(
      new Kind("API 200", "GET", "/api/v1/units", "hr"),
      new Kind("API 401", "GET", "/api/v1/units", null),
      new Kind("API 403", "GET", "/api/v1/audit", "budi"),
      new Kind("API 404", "GET", "/api/v1/tidak-ada", "hr"),
      new Kind("API 400", "GET", "/api/v1/audit?size=0", "hr"),
      new Kind("API 405", "DELETE", "/api/v1/units", "hr"),
      new Kind("public API 400", "POST", "/api/v1/public/surveys/DINKES-YANKES-PRIMER", null),
      new Kind("engine REST 200", "GET", "/engine-rest/engine", "hr"),
      new Kind("engine REST 401", "GET", "/engine-rest/task", null),
      new Kind("engine REST 403", "GET", "/engine-rest/metrics", "budi"),
      new Kind("survey page", "GET", "/survei/DINKES-YANKES-PRIMER", null),
      new Kind("survey page 404", "GET", "/survei/TIDAK-ADA", null),
      new Kind("verification page 404", "GET", "/verifikasi/TIDAKADA", null),
      new Kind("Tasklist", "GET", "/camunda/app/tasklist/default/", null),
      new Kind("webapp static", "GET", "/camunda/app/tasklist/styles/user-styles.css", null),
      new Kind("webapp API 401", "GET", "/camunda/api/engine/engine/default/task", null),
      new Kind("error page", "GET", "/error", null),
      new Kind("unknown page", "GET", "/tidak-ada", null),
      new Kind("Tomcat 400", "GET", "/api/v1/units?x={", "hr"),
      new Kind("Tomcat 400 page", "GET", "/survei/x?y={", null),
      new Kind("health", "GET", "/actuator/health", null));

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() {
    FromAddress client = new FromAddress("127.0.0.81", port);
    List<String> missing = new ArrayList<>();
    for (Kind kind : KINDS) {
      FromAddress.Response answer = client.send(kind.method(), kind.path(),
          kind.user() == null ? null : FromAddress.basic(kind.user(), PASSWORD), null, null);
      String label = kind.name() + " (" + answer.status() + " " + kind.path() + ")";
      if (!"nosniff".equals(answer.header("X-Content-Type-Options"))) {
        missing.add(label + ": X-Content-Type-Options");
      }
      if (answer.header("Referrer-Policy") == null) {
        missing.add(label + ": Referrer-Policy");
      }
      String policy = answer.header("Content-Security-Policy");
      if (policy == null) {
        missing.add(label + ": Content-Security-Policy");
      } else if (!policy.contains("frame-ancestors") && answer.header("X-Frame-Options") == null) {
        missing.add(label + ": frame-ancestors / X-Frame-Options");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    FromAddress client = new FromAddress("127.0.0.82", port);
    client.send("GET", "/camunda/app/tasklist/default/", null, null, null);
    FromAddress.Response login = client.webappLogin("siti", PASSWORD);
    assertThat(login.status()).isEqualTo(200);
    List<String> cookies = new ArrayList<>(login.headers().getOrDefault("set-cookie", List.of()));
    FromAddress.Response page = new FromAddress("127.0.0.83", port).send("GET", "/camunda/app/tasklist/default/",
        null, null, null);
    cookies.addAll(page.headers().getOrDefault("set-cookie", List.of()));
    // the session is Spring Session's (in the database, decision 66): cookie SESSION
    assertThat(cookies).anyMatch(c -> c.startsWith("SESSION="));
    for (String cookie : cookies) {
      String lower = cookie.toLowerCase(Locale.ROOT);
      assertThat(lower).as(cookie).contains("samesite=");
      if (cookie.startsWith("SESSION=")) {
        assertThat(lower).as(cookie).contains("httponly");
      }
    }
  }

  @Test
  void productionShowsNoApiDocsAndNoActuatorBeyondHealth() {
    FromAddress client = new FromAddress("127.0.0.84", port);
    for (String hidden : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/actuator",
        "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics", "/actuator/heapdump")) {
      assertThat(client.get(hidden, FromAddress.basic("hr", PASSWORD)).status()).as(hidden).isIn(401, 403, 404);
    }
    assertThat(client.get("/actuator/health", null).status()).isEqualTo(200);
  }
}
