package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The scoring preview contract and the deployed predikat decision through the engine REST API. */
class ScoringIT extends PostgresIntegrationTest {

  static final String PREVIEW = "/api/v1/scoring/preview";

  @Test
  void thePreviewAnswersTheContract() {
    ResponseEntity<String> response = postJson("budi", PREVIEW, """
        {"rhk":[{"type":"UTAMA","weight":60,"indicators":[{"target":10,"realisation":12,
          "direction":"HIGHER_IS_BETTER"}]}]}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"capaian\":120.00").contains("\"weightedCapaian\":120.00");
    assertThat((String) JsonPath.read(response.getBody(), "$.suggestedRating")).isEqualTo("DI_ATAS_EKSPEKTASI");
  }

  @Test
  void thePreviewRoundsHalfUpAndGivesNoSuggestionWithoutIndicators() {
    String twoThirds = postJson("siti", PREVIEW, """
        {"rhk":[{"type":"UTAMA","weight":100,"indicators":[{"target":3,"realisation":2,
          "direction":"HIGHER_IS_BETTER"},{"target":6,"realisation":7,"direction":"LOWER_IS_BETTER"}]}]}""").getBody();
    assertThat(twoThirds).contains("\"capaian\":66.67").contains("\"capaian\":83.33")
        .contains("\"weightedCapaian\":75.00");
    assertThat((String) JsonPath.read(twoThirds, "$.suggestedRating")).isEqualTo("DI_BAWAH_EKSPEKTASI");

    String none = postJson("siti", PREVIEW, "{\"rhk\":[{\"type\":\"UTAMA\",\"weight\":100,\"indicators\":[]}]}")
        .getBody();
    assertThat(none).contains("\"weightedCapaian\":null").contains("\"suggestedRating\":null");
  }

  @Test
  void badPreviewInputIs400AndAnonymousIs401() {
    ResponseEntity<String> bad = postJson("budi", PREVIEW, """
        {"rhk":[{"type":"UTAMA","weight":-1,"indicators":[{"target":0,"realisation":1,"direction":"UP"}]}]}""");

    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(bad);
    List<String> fields = JsonPath.read(bad.getBody(), "$.errors[*].field");
    assertThat(fields).containsExactlyInAnyOrder("rhk[0].weight", "rhk[0].indicators[0].target",
        "rhk[0].indicators[0].direction");
    assertThat(postJson("budi", PREVIEW, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postJson(null, PREVIEW, "{}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePredikatDecisionIsDeployedAndEvaluableThroughEngineRest() {
    ResponseEntity<String> response = postJson("hr",
        "/engine-rest/decision-definition/key/predikat-kinerja/evaluate", """
            {"variables":{"ratingHasilKerja":{"value":"DI_ATAS_EKSPEKTASI","type":"String"},
                          "ratingPerilakuKerja":{"value":"DI_BAWAH_EKSPEKTASI","type":"String"}}}""");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((String) JsonPath.read(response.getBody(), "$[0].predikat.value")).isEqualTo("KURANG");
  }
}
