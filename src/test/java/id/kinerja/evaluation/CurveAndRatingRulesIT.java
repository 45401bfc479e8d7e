package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The rules HR edits without BPMN: the distribution curve (data, versioned, pinned per cycle at its annual
 * opening) and the rating thresholds (only in the DMN). Cycles used: 2027 of DISDUKCAPIL-DAFDUK-KTP and 2027 of DISDIK-GTK-PEND (not 2025 in Dinas Pendidikan, which the report tests count, nor BKPSDM-PK, whose instances EngineAuthorizationIT counts).
 * Each test puts back what it changed (the shipped DMN, the seeded curve) as a newer version.
 */
class CurveAndRatingRulesIT extends PostgresIntegrationTest {

  static final String PREVIEW = "/api/v1/scoring/preview";
  static final String ONE_INDICATOR_AT_90 = """
      {"rhk":[{"type":"UTAMA","weight":100,"indicators":[{"target":100,"realisation":90,"direction":"HIGHER_IS_BETTER"}]}]}""";

  @Autowired
  DistributionCurves curves;

  static String shippedDmn() {
    try (var in = CurveAndRatingRulesIT.class.getClassLoader().getResourceAsStream("processes/rating-hasil-kerja.dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  ResponseEntity<String> deployDmn(String content, String reason) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-reason", reason);
    body.add("enable-duplicate-filtering", "false");
    body.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "rating-hasil-kerja.dmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as("hr").postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void anotherThresholdInTheDmnChangesTheScoringPreview() {
    assertThat((String) JsonPath.read(postJson("hr", PREVIEW, ONE_INDICATOR_AT_90).getBody(), "$.suggestedRating"))
        .isEqualTo("SESUAI_EKSPEKTASI");
    String stricter = shippedDmn().replace("<inputEntry id=\"In_1_1\"><text>&lt; 80</text>",
        "<inputEntry id=\"In_1_1\"><text>&lt; 95</text>");
    assertThat(stricter).isNotEqualTo(shippedDmn());
    try {
      ResponseEntity<String> deployed = deployDmn(stricter, "Uji: ambang capaian tertimbang 95%");
      assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
      assertThat((String) JsonPath.read(postJson("hr", PREVIEW, ONE_INDICATOR_AT_90).getBody(),
          "$.suggestedRating")).isEqualTo("DI_BAWAH_EKSPEKTASI");
      // the per-indicator threshold (80% of UTAMA indicators) is the DMN's too: at 90 the share below 95 is 100%
      String perIndicator = shippedDmn().replace("count(capaianUtama[item &lt; 80])", "count(capaianUtama[item &lt; 95])");
      assertThat(deployDmn(perIndicator, "Uji: ambang indikator utama 95%").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat((String) JsonPath.read(postJson("hr", PREVIEW, ONE_INDICATOR_AT_90).getBody(),
          "$.suggestedRating")).isEqualTo("DI_BAWAH_EKSPEKTASI");
    } finally {
      assertThat(deployDmn(shippedDmn(), "Uji selesai: tabel bawaan").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    assertThat((String) JsonPath.read(postJson("hr", PREVIEW, ONE_INDICATOR_AT_90).getBody(), "$.suggestedRating"))
        .isEqualTo("SESUAI_EKSPEKTASI");
  }

  @Test
  void badCurvesAreRefusedListingEveryFieldAndOnlyHrEditsIt() {
    ResponseEntity<String> bad = putJson("hr", "/api/v1/curve", """
        {"reason":"","rules":{"ISTIMEWA":[{"predikat":["SANGAT_BAIK","LUAR_BIASA"],"atMostPercent":120}],
         "BAIK":[{"predikat":["BAIK"]}],"HEBAT":[]}}""");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(bad);
    assertThat((List<String>) JsonPath.read(bad.getBody(), "$.errors[*].field")).containsExactlyInAnyOrder("reason",
        "rules.ISTIMEWA[0].predikat", "rules.ISTIMEWA[0].atMostPercent", "rules.BAIK[0]", "rules.HEBAT");
    ResponseEntity<String> crossed = putJson("hr", "/api/v1/curve", """
        {"reason":"x","rules":{"KURANG":[{"predikat":["KURANG"],"atLeastPercent":60,"atMostPercent":50}]}}""");
    assertThat((List<String>) JsonPath.read(crossed.getBody(), "$.errors[*].field")).containsExactly("rules.KURANG[0]");
    assertThat(putJson("sandi", "/api/v1/curve", "{\"reason\":\"x\",\"rules\":{}}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("sandi", "/api/v1/curve", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aCycleKeepsTheCurveInForceWhenItsAnnualEvaluationOpened() {
    String seeded = JsonPath.parse(get("hr", "/api/v1/curve", null).getBody()).read("$.rules", Map.class).toString();
    Map<String, Object> current = JsonPath.read(get("hr", "/api/v1/curve", null).getBody(), "$");
    long first = openCycle("\"year\":2027,\"cadence\":\"ANNUAL\",\"unitCode\":\"DISDUKCAPIL-DAFDUK-KTP\"");
    assertThat(postJson("hr", "/api/v1/cycles/" + first + "/evaluations", "{\"period\":\"ANNUAL\"}")
        .getStatusCode().is2xxSuccessful()).isTrue();
    int pinned = curves.pinnedVersion(first).orElseThrow();
    assertThat(pinned).isEqualTo(current.get("version"));
    // ISTIMEWA: 8 of 10 SANGAT_BAIK is out of the seeded curve (at most 70%)
    Map<Predikat, Integer> eightOfTen = Map.of(Predikat.SANGAT_BAIK, 8, Predikat.BAIK, 2);
    assertThat(curves.check(first, OrganisationPredikat.ISTIMEWA, eightOfTen)).hasSize(1);

    ResponseEntity<String> changed = putJson("hr", "/api/v1/curve", """
        {"reason":"Uji: ISTIMEWA paling banyak 80% SANGAT_BAIK","rules":{
          "ISTIMEWA":[{"predikat":["SANGAT_BAIK"],"atMostPercent":80}]}}""");
    try {
      assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.CREATED);
      int newVersion = JsonPath.read(changed.getBody(), "$.version");
      assertThat(newVersion).isGreaterThan(pinned);
      assertThat((String) JsonPath.read(get("hr", "/api/v1/curve/versions", null).getBody(), "$[0].reason"))
          .isEqualTo("Uji: ISTIMEWA paling banyak 80% SANGAT_BAIK");
      // the first cycle stays on its version; the next cycle's annual opening takes the new one
      assertThat(curves.pinnedVersion(first)).contains(pinned);
      assertThat(curves.check(first, OrganisationPredikat.ISTIMEWA, eightOfTen)).hasSize(1);
      long second = openCycle("\"year\":2027,\"cadence\":\"ANNUAL\",\"unitCode\":\"DISDIK-GTK-PEND\"");
      postJson("hr", "/api/v1/cycles/" + second + "/evaluations", "{\"period\":\"ANNUAL\"}");
      assertThat(curves.pinnedVersion(second)).contains(newVersion);
      assertThat(curves.check(second, OrganisationPredikat.ISTIMEWA, eightOfTen)).isEmpty();
    } finally {
      // put the seeded rules back as the newest version, for every later cycle of the other tests
      String restore = "{\"reason\":\"Uji selesai: kurva bawaan\",\"rules\":"
          + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(current.get("rules")) + "}";
      assertThat(putJson("hr", "/api/v1/curve", restore).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    assertThat(JsonPath.parse(get("hr", "/api/v1/curve", null).getBody()).read("$.rules", Map.class).toString())
        .isEqualTo(seeded);
  }
}
