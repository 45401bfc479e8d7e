package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import id.kinerja.support.FromAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Where instances wait, per process and user task (the heat view of {@code /app/dasbor/hambatan}): the figures add
 * up to the open-task rows of the same answer, a head's stay inside his subtree, and the diagram the page draws is
 * served to dashboard readers only (an employee 403, an unknown process 404).
 */
class BottleneckHeatIT extends ReportScenario {

  @LocalServerPort
  int port;

  @Test
  void theHeatOfEachProcessAddsUpToItsOpenTasksAndAHeadSeesOnlyHisSubtree() {
    annualCycle();
    for (String reader : List.of("hr", "kadisdik")) {
      String body = get(reader, "/api/v1/dashboards/bottlenecks", null).getBody();
      List<Map<String, Object>> heat = JsonPath.read(body, "$.heat");
      assertThat(heat).as(reader).isNotEmpty();
      for (Map<String, Object> process : heat) {
        List<Map<String, Object>> activities = JsonPath.read(process, "$.activities");
        assertThat(activities.stream().mapToLong(a -> ((Number) a.get("open")).longValue()).sum())
            .as(reader + " " + process.get("processKey")).isEqualTo(((Number) process.get("open")).longValue());
        assertThat(activities).allSatisfy(a -> assertThat(((Number) a.get("overdue")).longValue())
            .isLessThanOrEqualTo(((Number) a.get("open")).longValue()));
      }
      // "Susun SKP" on the diagram of skp-planning counts what the rows per unit count for that task
      long drafting = JsonPath.<List<Number>>read(body, "$.open[?(@.taskKey == 'SusunSkp')].open").stream()
          .mapToLong(Number::longValue).sum();
      List<Number> onDiagram = JsonPath.read(body,
          "$.heat[?(@.processKey == 'skp-planning')].activities[?(@.activityId == 'SusunSkp')].open");
      assertThat(onDiagram).as(reader).singleElement().satisfies(n -> assertThat(n.longValue()).isEqualTo(drafting));
    }
    long everyone = openAt(get("hr", "/api/v1/dashboards/bottlenecks", null).getBody());
    long dinas = openAt(get("kadisdik", "/api/v1/dashboards/bottlenecks", null).getBody());
    assertThat(dinas).as("kasi.kurikulum still drafts an SKP in DISDIK").isPositive();
    assertThat(everyone).as("HR sees every OPD's").isGreaterThanOrEqualTo(dinas);
    // the head's figures are those of his subtree's assignees only: what the per-unit rows of DISDIK add up to
    String head = get("kadisdik", "/api/v1/dashboards/bottlenecks", null).getBody();
    assertThat(JsonPath.<List<String>>read(head, "$.open[*].unitCode")).allMatch(c -> c != null && c.startsWith("DISDIK"));
    assertThat(dinas).isEqualTo(JsonPath.<List<Number>>read(head, "$.open[*].open").stream()
        .mapToLong(Number::longValue).sum());
  }

  @Test
  void thePageDrawsADiagramPerProcessFromItsTable() {
    annualCycle();
    FromAddress head = loggedIn("kadisdik");
    FromAddress.Response page = head.get("/app/dasbor/hambatan", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Di mana instans menunggu", "id=\"peta-skp-planning\"",
        "data-diagram=\"/app/dasbor/hambatan/diagram/skp-planning\"", "data-activity=\"SusunSkp\"",
        "/app/editor/bpmn-heat.js");
    assertThat(page.header("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'");
    FromAddress.Response english = head.send("GET", "/app/dasbor/hambatan", null, null, null,
        Map.of("Accept-Language", "en"));
    assertThat(english.body()).contains("Where instances wait", "Open tasks per task and unit")
        .doesNotContain("Di mana instans menunggu");
  }

  @Test
  void theDiagramIsForDashboardReadersOnly() {
    FromAddress.Response hr = loggedIn("hr").get("/app/dasbor/hambatan/diagram/skp-planning", null);
    assertThat(hr.status()).isEqualTo(200);
    assertThat(hr.header("Content-Type")).startsWith("application/xml");
    assertThat(hr.body()).contains("id=\"SusunSkp\"", "bpmndi:BPMNDiagram");
    FromAddress head = loggedIn("kadisdik");
    assertThat(head.get("/app/dasbor/hambatan/diagram/evaluasi-kinerja", null).status()).isEqualTo(200);
    FromAddress.Response unknown = head.get("/app/dasbor/hambatan/diagram/tidak-ada", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("tidak-ada");
    assertThat(loggedIn("budi").get("/app/dasbor/hambatan/diagram/skp-planning", null).status()).isEqualTo(403);
    FromAddress.Response anonymous = new FromAddress("127.0.0.1", port)
        .get("/app/dasbor/hambatan/diagram/skp-planning", null);
    assertThat(anonymous.status()).as("to the login").isIn(302, 401);
  }

  private FromAddress loggedIn(String username) {
    FromAddress browser = new FromAddress("127.0.0.1", port);
    assertThat(browser.webappLogin(username, PASSWORD).status()).isEqualTo(200);
    return browser;
  }

  private static long openAt(String body) {
    return JsonPath.<List<Number>>read(body, "$.heat[*].open").stream().mapToLong(Number::longValue).sum();
  }
}
