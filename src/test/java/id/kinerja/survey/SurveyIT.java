package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The survey of Seksi Identitas Penduduk (DISDUKCAPIL-DAFDUK-KTP, declared population 12,000) on PostgreSQL, with
 * the default rate limit of 10 posts per address and minute (each simulated citizen posts from its own address
 * through X-Forwarded-For, as behind the region's reverse proxy). The tests run in any order: the counted IKM and
 * the closed period use units of their own ({@link #ownUnits()}), the others compare before and after.
 */
class SurveyIT extends PostgresIntegrationTest {

  static final String UNIT = "DISDUKCAPIL-DAFDUK-KTP";
  static final String POST = "/api/v1/public/surveys/" + UNIT;
  /** The end of this year: a closed period must lie within sensible dates (issue 13), today's responses in it. */
  static final String THROUGH = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear() + "-12-31";
  static final String IKM = "/api/v1/surveys/" + UNIT + "/ikm?from=2000-01-01&to=" + THROUGH;
  static int address = 1;

  /**
   * Units of the survey tests' own small government (SRV), so that the counted IKM and the closed period see only
   * their own responses whatever ran before: {@code SRV-IKM} (population 12,000, like KTP) and {@code SRV-TUTUP}.
   */
  static final String IKM_UNIT = "SRV-IKM";
  static final String CLOSING_UNIT = "SRV-TUTUP";
  private static boolean ownUnits;

  @Autowired
  SurveyResponses responses;

  @Autowired
  Complaints complaints;

  @Autowired
  TaskService taskService;

  static String all(int value) {
    return answers(value, value, value);
  }

  static String answers(int others, int u3, int u9) {
    return "{\"answers\":{\"U1\":%d,\"U2\":%d,\"U3\":%d,\"U4\":%d,\"U5\":%d,\"U6\":%d,\"U7\":%d,\"U8\":%d,\"U9\":%d}}"
        .formatted(others, others, u3, others, others, others, others, others, u9);
  }

  ResponseEntity<String> post(String path, String json, String from) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Forwarded-For", from);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
  }

  ResponseEntity<String> citizen(String json) {
    return citizen(UNIT, json);
  }

  ResponseEntity<String> citizen(String unit, String json) {
    return post("/api/v1/public/surveys/" + unit, json, "203.0.113." + (address++));
  }

  static String ikm(String unit) {
    return "/api/v1/surveys/" + unit + "/ikm?from=2000-01-01&to=" + THROUGH;
  }

  /** Imports the SRV units once, for whichever test asks first. */
  private synchronized void ownUnits() {
    if (!ownUnits) {
      ResponseEntity<String> imported = postCsv("hr", "/api/v1/units/import", """
          kode,nama,tingkat,induk_kode,populasi_layanan,zona_waktu
          SRV,Pemerintah Kabupaten Uji Survei,PEMDA,,,WIB
          SRV-DINAS,Dinas Uji Survei,OPD,SRV,,
          SRV-IKM,Seksi Uji IKM,SEKSI,SRV-DINAS,12000,
          SRV-TUTUP,Seksi Uji Penutupan Periode,SEKSI,SRV-DINAS,500,
          """);
      assertThat(imported.getStatusCode().is2xxSuccessful()).as(imported.getBody()).isTrue();
      ownUnits = true;
    }
  }

  @Test
  void thirtyResponsesGiveTheHandComputedIkm() {
    ownUnits();
    // 10 × all 4; 15 × all 3; 5 × all 2 but U3 = 1 → sums 95 (U3: 90); IKM 850/270; converted 78.70 → B
    for (int i = 0; i < 10; i++) {
      assertThat(citizen(IKM_UNIT, all(4)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    for (int i = 0; i < 15; i++) {
      assertThat(citizen(IKM_UNIT, all(3)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    for (int i = 0; i < 5; i++) {
      assertThat(citizen(IKM_UNIT, answers(2, 1, 2)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    ResponseEntity<String> ikm = get("hr", ikm(IKM_UNIT), null);

    assertThat(ikm.getStatusCode()).isEqualTo(HttpStatus.OK);
    String body = ikm.getBody();
    assertThat((Integer) JsonPath.read(body, "$.respondents")).isEqualTo(30);
    assertThat(JsonPath.read(body, "$.nrr.U1").toString()).startsWith("3.16666666");
    assertThat(((Number) JsonPath.read(body, "$.nrr.U3")).doubleValue()).isEqualTo(3.0);
    assertThat(JsonPath.read(body, "$.ikm").toString()).startsWith("3.14814814");
    assertThat(JsonPath.read(body, "$.ikmConverted").toString()).isEqualTo("78.7");
    assertThat((String) JsonPath.read(body, "$.grade")).isEqualTo("B");
    assertThat((String) JsonPath.read(body, "$.gradeLabel")).isEqualTo("Baik");
    assertThat((Integer) JsonPath.read(body, "$.population")).isEqualTo(12000);
    assertThat((Integer) JsonPath.read(body, "$.minimumSample")).isEqualTo(372);
    assertThat((Boolean) JsonPath.read(body, "$.sampleSufficient")).isFalse();
  }

  @Test
  void everyBadInputIs400NamingTheFieldAndStoresNothing() {
    long before = responses.count();

    ResponseEntity<String> u3is5 = citizen(answers(4, 5, 4));
    assertThat(u3is5.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(u3is5);
    assertThat((String) JsonPath.read(u3is5.getBody(), "$.errors[0].field")).isEqualTo("answers.U3");

    String missingU9 = "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,\"U8\":4}}";
    assertThat(field(citizen(missingU9))).containsExactly("answers.U9");
    String unknownU10 = all(4).replace("\"U9\":4", "\"U9\":4,\"U10\":3");
    assertThat(field(citizen(unknownU10))).containsExactly("answers.U10");
    assertThat(field(citizen(all(4).replace("\"U2\":4", "\"U2\":\"4\"")))).containsExactly("answers.U2");
    assertThat(field(citizen(all(4).replace("\"U2\":4", "\"U2\":3.5")))).containsExactly("answers.U2");
    assertThat(field(citizen(all(4).replace("\"U2\":4", "\"U2\":0")))).containsExactly("answers.U2");
    String longText = all(4).replace("}}", "},\"suggestion\":\"" + "x".repeat(2001) + "\"}");
    assertThat(field(citizen(longText))).containsExactly("suggestion");
    String badProfile = all(4).replace("}}", "},\"profile\":{\"sex\":\"X\",\"hobby\":\"catur\"}}");
    assertThat(field(citizen(badProfile))).containsExactlyInAnyOrder("profile.sex", "profile.hobby");
    assertThat(field(post("/api/v1/public/surveys/TIDAK-ADA", all(4), "198.51.100.9"))).containsExactly("unitCode");
    ResponseEntity<String> malformed = citizen("{\"answers\":{\"U1\":4,");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(malformed);

    assertThat(responses.count()).isEqualTo(before);
  }

  @Test
  void theEleventhPostWithinAMinuteFromOneAddressGets429() {
    String from = "192.0.2.77";
    long before = responses.count();
    for (int i = 0; i < 10; i++) {
      assertThat(post(POST, all(3), from).getStatusCode()).as("post " + (i + 1)).isEqualTo(HttpStatus.CREATED);
    }

    ResponseEntity<String> eleventh = post(POST, all(3), from);

    assertThat(eleventh.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertProblemJson(eleventh);
    assertThat(responses.count()).isEqualTo(before + 10);
    assertThat(post(POST, all(3), "192.0.2.78").getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theIkmIsForHrHeadsAndStaffOfTheUnit() {
    assertThat(get("wulan", IKM, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("kabid.dafduk", IKM, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("kadinkes", IKM, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("budi", IKM, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, IKM, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("hr", "/api/v1/surveys/" + UNIT + "/ikm?from=2026-12-31&to=2026-01-01", null)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("hr", "/api/v1/surveys/" + UNIT + "/ikm?from=kemarin&to=2026-01-01", null)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("hr", "/api/v1/surveys/TIDAK-ADA/ikm?from=2026-01-01&to=2026-12-31", null)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void closingAPeriodFreezesItsResult() {
    ownUnits();
    for (int i = 0; i < 3; i++) {
      assertThat(citizen(CLOSING_UNIT, all(3)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    String period = "{\"from\":\"2000-01-01\",\"to\":\"" + THROUGH + "\"}";
    assertThat(postJson("wulan", "/api/v1/surveys/" + CLOSING_UNIT + "/periods", period).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> closed = postJson("hr", "/api/v1/surveys/" + CLOSING_UNIT + "/periods", period);
    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
    Object frozenValue = JsonPath.read(closed.getBody(), "$.ikmConverted");

    citizen(CLOSING_UNIT, all(1));

    String after = get("hr", ikm(CLOSING_UNIT), null).getBody();
    assertThat((Boolean) JsonPath.read(after, "$.frozen")).isTrue();
    assertThat(JsonPath.read(after, "$.ikmConverted").toString()).isEqualTo(frozenValue.toString());
    assertThat(postJson("hr", "/api/v1/surveys/" + CLOSING_UNIT + "/periods", period).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aComplaintBecomesATaskForTheUnitHeadAndItsAnswerIsRecorded() {
    String withComplaint = all(2).replace("}}", "},\"suggestion\":\"Antrean KTP terlalu lama <b>sekali</b>\"}");
    ResponseEntity<String> created = citizen(withComplaint);
    long responseId = ((Number) JsonPath.read(created.getBody(), "$.id")).longValue();

    Complaint complaint = complaints.findByResponseId(responseId).get(0);
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("pengaduan-" + complaint.getId())
        .singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("TanggapiPengaduan");
    assertThat(task.getAssignee()).isEqualTo("kasi.ktp");
    assertThat(taskService.getVariableLocal(task.getId(), "isiPengaduan").toString())
        .contains("Antrean KTP terlalu lama <b>sekali</b>");

    taskService.complete(task.getId(), java.util.Map.of("tanggapan", "Loket kedua dibuka mulai Senin"));

    Complaint answered = complaints.findById(complaint.getId()).orElseThrow();
    assertThat(answered.getStatus()).isEqualTo(Complaint.Status.ANSWERED);
    assertThat(answered.getAnswer()).isEqualTo("Loket kedua dibuka mulai Senin");
  }

  @Test
  void thePublicPageWorksWithoutLoginAndEscapesWhatItShows() {
    ResponseEntity<String> page = http.getForEntity("/survei/" + UNIT, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Seksi Identitas Penduduk").contains("Persyaratan")
        .contains("Sarana dan Prasarana").contains("name=\"viewport\"").contains("<legend");
    assertThat(page.getBody().split("type=\"radio\"")).hasSize(9 * 4 + 1);
    assertThat(http.getForEntity("/survei/TIDAK-ADA", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 1; i <= 9; i++) {
      form.add("U" + i, "4");
    }
    form.add("sex", "P");
    form.add("ageGroup", "");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-Forwarded-For", "203.0.113.200");
    ResponseEntity<String> sent = http.exchange("/survei/" + UNIT, HttpMethod.POST, new HttpEntity<>(form, headers),
        String.class);
    // the client follows the redirect to the thank-you page
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sent.getBody()).contains("Terima kasih!").contains("Seksi Identitas Penduduk");

    form.set("U3", "5");
    form.add("suggestion", "<script>alert(1)</script>");
    headers.set("X-Forwarded-For", "203.0.113.201");
    ResponseEntity<String> refused = http.exchange("/survei/" + UNIT, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Jawaban harus bilangan bulat 1 sampai 4")
        .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
  }

  @Test
  void hrPrintsAQrCodeForTheCounterAndIssuesOneTimeTokens() {
    ResponseEntity<byte[]> qr = as("hr").getForEntity("/api/v1/surveys/" + UNIT + "/qr.png", byte[].class);
    assertThat(qr.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(qr.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(qr.getBody()).startsWith(0x89, 'P', 'N', 'G');
    assertThat(as("wulan").getForEntity("/api/v1/surveys/" + UNIT + "/qr.png", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("hr", "/api/v1/surveys/" + UNIT + "/poster", null).getBody()).contains("data:image/png;base64,");

    ResponseEntity<String> issued = postJson("hr", "/api/v1/surveys/" + UNIT + "/tokens", "{\"count\":2}");
    List<String> tokens = JsonPath.read(issued.getBody(), "$.tokens");
    String withToken = all(4).replace("}}", "},\"token\":\"" + tokens.get(0) + "\"}");
    assertThat(citizen(withToken).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(field(citizen(withToken))).containsExactly("token");
  }

  private static List<String> field(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return JsonPath.read(response.getBody(), "$.errors[*].field");
  }
}
