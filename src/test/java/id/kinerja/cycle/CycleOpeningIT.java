package id.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** HR opens a cycle from the Tasklist start form (through the engine REST API, as Tasklist does). */
class CycleOpeningIT extends PostgresIntegrationTest {

  static final String FORM = "/engine-rest/process-definition/key/pembukaan-periode/submit-form";

  @Autowired
  AppraisalCycles cycles;

  @Test
  void hrOpensACycleFromTheStartFormAndOthersMayNot() throws InterruptedException {
    String body = "{\"variables\":{\"tahun\":{\"value\":2026,\"type\":\"Integer\"},\"kadensi\":{\"value\":"
        + "\"SEMESTER\"},\"kodeUnit\":{\"value\":\"BKPSDM-BANGKOM\"},\"hariEskalasi\":{\"value\":30,"
        + "\"type\":\"Integer\"}}}";

    ResponseEntity<String> refused = postJson("putri", FORM, body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> started = postJson("hr", FORM, body);

    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    List<Integer> ids = JsonPath.read(get("hr", "/api/v1/cycles", null).getBody(),
        "$[?(@.unitCode == 'BKPSDM-BANGKOM')].id");
    assertThat(ids).hasSize(1);
    String cycle = get("hr", "/api/v1/cycles/" + ids.get(0), null).getBody();
    assertThat((String) JsonPath.read(cycle, "$.cadence")).isEqualTo("SEMESTER");
    assertThat((Integer) JsonPath.read(cycle, "$.escalationDays")).isEqualTo(30);
    assertThat((String) JsonPath.read(cycle, "$.createdBy")).isEqualTo("hr");

    String unknownUnit = body.replace("BKPSDM-BANGKOM", "TIDAK-ADA");
    ResponseEntity<String> invalid = postJson("hr", FORM, unknownUnit);
    assertThat(invalid.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(invalid.getBody()).contains("Kode unit kerja 'TIDAK-ADA' tidak dikenal");
  }
}
