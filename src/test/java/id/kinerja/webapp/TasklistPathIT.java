package id.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.FromAddress;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser path around Tasklist (issue 17), through the webapps' own engine door with a Tasklist session, as the
 * browser sends it: the cycle start form is prefilled (this year, the units), a refusal shows only its reasons, a
 * started or running instance links to its portal page, and only whoever may see the instance is sent there.
 * Opens the 2025 cycle of DISDUKCAPIL-DAFDUK-KTP (wulan, dimas; 2025 of DISDUKCAPIL-CAPIL is RacesIT's).
 */
class TasklistPathIT extends PostgresIntegrationTest {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final String START = ENGINE + "/process-definition/key/pembukaan-periode";

  @LocalServerPort
  int port;

  @Autowired
  HistoryService history;

  @Autowired
  RuntimeService runtime;

  @Test
  void theCycleStartFormIsPrefilledRefusesWithItsReasonsOnlyAndLinksToTheOpening() {
    FromAddress hr = new FromAddress("127.0.0.71", port);
    assertThat(hr.webappLogin("hr", PASSWORD).status()).isEqualTo(200);

    FromAddress.Response offered = hr.get(START + "/form-variables", null);
    assertThat(offered.status()).as(offered.body()).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(offered.body(), "$.tahun.value"))
        .isEqualTo(Year.now(ZoneId.of("Asia/Jakarta")).getValue());
    assertThat(JsonPath.<String>read(offered.body(), "$.pilihanUnit.type")).isEqualTo("Json");
    String units = JsonPath.read(offered.body(), "$.pilihanUnit.value");
    assertThat(JsonPath.<List<String>>read(units, "$[*].value")).contains("LAMSEL", "DISDUKCAPIL-DAFDUK-KTP")
        .hasSize(JsonPath.<List<String>>read(get("hr", "/api/v1/units", null).getBody(), "$[*].code").size());
    assertThat(JsonPath.<List<String>>read(units, "$[?(@.value == 'DISDUKCAPIL-DAFDUK-KTP')].label"))
        .containsExactly("Seksi Identitas Penduduk (DISDUKCAPIL-DAFDUK-KTP)");

    FromAddress.Response refused = hr.send("POST", START + "/submit-form", null, "application/json",
        form(2025, "TIDAK-ADA<b>"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(JsonPath.<String>read(refused.body(), "$.type")).isEqualTo("TaskRefusedException");
    // the reasons only, nothing of the engine's wrapping (Tasklist escapes the text itself)
    assertThat(JsonPath.<String>read(refused.body(), "$.message")).isEqualTo("Data periode penilaian tidak valid.\n"
        + "- Kode unit kerja 'TIDAK-ADA<b>' tidak dikenal.");

    FromAddress.Response started = hr.send("POST", START + "/submit-form", null, "application/json",
        form(2025, "DISDUKCAPIL-DAFDUK-KTP"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = JsonPath.read(started.body(), "$.id");
    long cycleId = ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("cycleId").singleResult().getValue()).longValue();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("pilihanUnit").count()).as("the offered list is not stored").isZero();
    awaitOpen(cycleId);

    FromAddress.Response link = hr.get("/app/proses/" + instanceId, null);
    assertThat(link.status()).isEqualTo(302);
    assertThat(link.header("Location")).endsWith("/app/hr?periode=" + cycleId);

    // wulan's own SKP instance of that cycle leads to her SKP; HR's opening is not hers to see
    FromAddress intan = new FromAddress("127.0.0.72", port);
    assertThat(intan.webappLogin("wulan", PASSWORD).status()).isEqualTo(200);
    long skpId = ((Number) JsonPath.<List<Number>>read(get("wulan", "/api/v1/skp?year=2025", null).getBody(),
        "$[*].id").get(0)).longValue();
    ProcessInstance planning = Pause.until(() -> runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey("skp-" + skpId).singleResult(), java.util.Objects::nonNull,
        Pause.BACKGROUND_WORK, "no planning instance for SKP " + skpId);
    FromAddress.Response own = intan.get("/app/proses/" + planning.getId(), null);
    assertThat(own.status()).isEqualTo(302);
    assertThat(own.header("Location")).endsWith("/app/skp/" + skpId);
    assertThat(intan.get("/app/proses/" + instanceId, null).status()).isEqualTo(404);
    assertThat(intan.get("/app/proses/tidak-ada", null).status()).isEqualTo(404);

    // dimas may not see wulan's instance either
    FromAddress rahmat = new FromAddress("127.0.0.73", port);
    assertThat(rahmat.webappLogin("dimas", PASSWORD).status()).isEqualTo(200);
    assertThat(rahmat.get("/app/proses/" + planning.getId(), null).status()).isEqualTo(404);
  }

  @Test
  void nobodyLoggedInIsSentToTheLogin() {
    FromAddress anonymous = new FromAddress("127.0.0.74", port);

    FromAddress.Response link = anonymous.get("/app/proses/abc-123", null);

    // the portal's login (one login with Tasklist, decision 64)
    assertThat(link.status()).isEqualTo(302);
    assertThat(link.header("Location")).endsWith("/app/masuk");
  }

  @Test
  void cockpitAndAdminRefuseAnEmployeeThroughTheApplicationsErrorHandling() {
    FromAddress putri = new FromAddress("127.0.0.75", port);
    assertThat(putri.webappLogin("putri", PASSWORD).status()).isEqualTo(200);

    FromAddress.Response cockpit = putri.get("/camunda/app/cockpit/default/", null);

    assertThat(cockpit.status()).isEqualTo(403);
    // through Spring's /error (ProblemErrorController, whose HTML pages the portal renders), not Tomcat's own page:
    // this client asks for JSON, so it gets the problem details that /error writes
    assertThat(cockpit.body()).doesNotContain("Apache Tomcat").contains("\"status\":403");
    FromAddress.Response admin = putri.get("/camunda/app/admin/default/", null);
    assertThat(admin.status()).isEqualTo(403);
    assertThat(admin.body()).doesNotContain("Apache Tomcat").contains("\"status\":403");
  }

  private static String form(int year, String unit) {
    return "{\"variables\":{\"tahun\":{\"value\":" + year + "},\"kadensi\":{\"value\":\"ANNUAL\"},"
        + "\"kodeUnit\":{\"value\":\"" + unit.replace("\"", "\\\"") + "\"}}}";
  }
}
