package id.kinerja.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.notification.Notifications;
import id.kinerja.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Progress on PostgreSQL for rina (Seksi Kurikulum dan Penilaian SD; supervisor kasi.kurikulum). Her SKP:
 * RHK 1 (UTAMA, 60): A modules, target 12, higher is better; B preparation days, target 6, lower is better.
 * RHK 2 (UTAMA, 30): C the IKM of Seksi Pendidik dan Tenaga Kependidikan, target 80, filled from the survey.
 * RHK 3 (TAMBAHAN, 10): D qualitative. Hand-computed: A 9 → 75; B average(7, 5) = 6 → 100; RHK 1 87.5;
 * C: two survey responses (all 4, all 3) → converted IKM 87.50 → 109.375; weighted (87.5 × 60 + 109.375 × 30) / 90
 * = 94.7916… → 94.79 (RHK 3 has no numeric indicator and stays out).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgressIT extends PostgresIntegrationTest {

  /** The smallest PDF that PDFBox reads (evidence PDFs are inspected for active content). */
  static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
      + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
      + "trailer << /Root 1 0 R /Size 4 >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  static long skpId;
  static long a;
  static long b;
  static long c;
  static long d;
  static long realisationA;

  @Autowired
  Realisations realisations;

  @Autowired
  Evidences evidences;

  @Autowired
  Notifications notifications;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  org.camunda.bpm.engine.RuntimeService runtimeService;

  @Test
  @Order(1)
  void rinasSkpIsAgreedAndHerCheckInsAreScheduled() throws InterruptedException {
    openCycle("\"year\":2026,\"cadence\":\"QUARTERLY\",\"unitCode\":\"DISDIK-SD\"");
    skpId = skpOf("rina");
    String content = """
        {"rhk":[
          {"text":"Tersusunnya modul pembelajaran SD","type":"UTAMA","weight":60,"indicators":[
            {"text":"Modul tersusun","aspect":"KUANTITAS","approach":"KUANTITATIF","target":12,"unit":"modul",
             "direction":"HIGHER_IS_BETTER"},
            {"text":"Waktu penyusunan per modul","aspect":"WAKTU","approach":"KUANTITATIF","target":6,"unit":"hari",
             "direction":"LOWER_IS_BETTER"}]},
          {"text":"Meningkatnya kepuasan layanan pendidik","type":"UTAMA","weight":30,"indicators":[
            {"text":"IKM layanan pendidik","aspect":"KUALITAS","approach":"KUANTITATIF","target":80,"unit":"indeks",
             "direction":"HIGHER_IS_BETTER","ikmUnitCode":"DISDIK-GTK-PEND"}]},
          {"text":"Dukungan kegiatan bidang","type":"TAMBAHAN","weight":10,"indicators":[
            {"text":"Laporan kegiatan","aspect":"KUALITAS","approach":"KUALITATIF"}]}]}""";
    assertThat(putJson("rina", "/api/v1/skp/" + skpId, content).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("rina", "/api/v1/skp/" + skpId + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("kasi.kurikulum", "/api/v1/skp/" + skpId + "/review", "{\"decision\":\"APPROVE\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    String skp = get("rina", "/api/v1/skp/" + skpId, null).getBody();
    List<Integer> indicatorIds = JsonPath.read(skp, "$.rhk[*].indicators[*].id");
    a = indicatorIds.get(0);
    b = indicatorIds.get(1);
    c = indicatorIds.get(2);
    d = indicatorIds.get(3);

    String dialog = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("dialog-" + skpId)
        .singleResult().getId();
    Job checkIn = managementService.createJobQuery().processInstanceId(dialog).singleResult();
    // today is in Q4 of a quarterly cycle: the next check-in is on 31 December at 09:00 WIB
    assertThat(checkIn.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-31T02:00:00Z"));
    managementService.executeJob(checkIn.getId());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("dialog-" + skpId).singleResult()
        .getAssignee()).isEqualTo("kasi.kurikulum");
  }

  @Test
  @Order(2)
  void aJsonRealisationShowsInProgressWithItsCapaian() {
    ResponseEntity<String> created = postJson("rina", realisationsPath(),
        "{\"indicatorId\":" + a + ",\"date\":\"2026-04-15\",\"value\":9,\"description\":\"9 modul selesai\"}");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    realisationA = ((Number) JsonPath.read(created.getBody(), "$.id")).longValue();
    String progress = get("rina", "/api/v1/skp/" + skpId + "/progress", null).getBody();
    assertThat(((Number) JsonPath.read(progress, "$.rhk[0].indicators[0].realised")).doubleValue()).isEqualTo(9.0);
    assertThat(JsonPath.read(progress, "$.rhk[0].indicators[0].capaian").toString()).isEqualTo("75.0");
    assertThat((String) JsonPath.read(progress, "$.rhk[0].indicators[0].source")).isEqualTo("ENTRIES");
    assertThat((String) JsonPath.read(progress, "$.rhk[0].indicators[0].aggregation")).isEqualTo("SUM");
  }

  @Test
  @Order(3)
  void aRetryWithTheSameIdempotencyKeyStoresOnceAndAnswersTheSame() {
    String body = "{\"indicatorId\":" + b + ",\"date\":\"2026-02-10\",\"value\":7}";
    long before = realisations.count();

    ResponseEntity<String> first = postWithKey(body, "rina-2026-02-10-b");
    ResponseEntity<String> retry = postWithKey(body, "rina-2026-02-10-b");

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getBody()).isEqualTo(first.getBody());
    assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(realisations.count()).isEqualTo(before + 1);
    ResponseEntity<String> reused = postWithKey(body.replace("7}", "8}"), "rina-2026-02-10-b");
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(realisations.count()).isEqualTo(before + 1);
  }

  @Test
  @Order(4)
  void aMultipartRealisationKeepsThePdfWithItsHash() throws Exception {
    ResponseEntity<String> created = multipart("rina", b, "2026-03-10", "5", "laporan.pdf", PDF);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String sha = JsonPath.read(created.getBody(), "$.evidence[0].sha256");
    assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));
    int evidenceId = JsonPath.read(created.getBody(), "$.evidence[0].id");
    ResponseEntity<byte[]> download = as("rina").getForEntity("/api/v1/evidence/" + evidenceId, byte[].class);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(as("kasi.kurikulum").getForEntity("/api/v1/evidence/" + evidenceId, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("fajar").getForEntity("/api/v1/evidence/" + evidenceId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String progress = get("rina", "/api/v1/skp/" + skpId + "/progress", null).getBody();
    assertThat(JsonPath.read(progress, "$.rhk[0].indicators[1].realised").toString()).startsWith("6");
    assertThat(JsonPath.read(progress, "$.rhk[0].indicators[1].capaian").toString()).isEqualTo("100.0");
    assertThat(JsonPath.read(progress, "$.rhk[0].capaian").toString()).isEqualTo("87.5");
  }

  @Test
  @Order(5)
  void anOversizedFileOrARenamedExecutableIsRefusedAndNothingIsStored() {
    long realisationsBefore = realisations.count();
    long evidenceBefore = evidences.count();
    byte[] twelveMegabytes = Arrays.copyOf(PDF, 12 * 1024 * 1024);
    byte[] executable = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, 4096);

    ResponseEntity<String> tooLarge = multipart("rina", a, "2026-05-01", "1", "besar.pdf", twelveMegabytes);
    ResponseEntity<String> renamed = multipart("rina", a, "2026-05-01", "1", "laporan.pdf", executable);

    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertProblemJson(tooLarge);
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat((String) JsonPath.read(renamed.getBody(), "$.detail")).contains("laporan.pdf");
    assertThat(realisations.count()).isEqualTo(realisationsBefore);
    assertThat(evidences.count()).isEqualTo(evidenceBefore);
  }

  @Test
  @Order(6)
  void badRealisationsAreRefusedFieldByField() {
    assertThat(fields(postJson("rina", realisationsPath(), "{\"date\":\"2026-05-01\",\"value\":1}")))
        .containsExactly("indicatorId");
    assertThat(fields(postJson("rina", realisationsPath(),
        "{\"indicatorId\":" + a + ",\"date\":\"2099-01-01\",\"value\":1}"))).containsExactly("date");
    assertThat(fields(postJson("rina", realisationsPath(),
        "{\"indicatorId\":" + a + ",\"date\":\"01-05-2026\",\"value\":1}"))).containsExactly("date");
    assertThat(fields(postJson("rina", realisationsPath(),
        "{\"indicatorId\":" + a + ",\"date\":\"2026-05-01\",\"value\":-1}"))).containsExactly("value");
    assertThat(fields(postJson("rina", realisationsPath(),
        "{\"indicatorId\":" + d + ",\"date\":\"2026-05-01\",\"value\":3}")))
        .containsExactlyInAnyOrder("narrative", "value");
    assertThat(fields(postJson("rina", realisationsPath(),
        "{\"indicatorId\":" + c + ",\"date\":\"2026-05-01\",\"value\":90}"))).containsExactly("indicatorId");
    assertThat(fields(postJson("rina", realisationsPath(),
        "{\"indicatorId\":999999,\"date\":\"2026-05-01\",\"value\":1}"))).containsExactly("indicatorId");
    assertThat(postJson("rina", realisationsPath(), "{\"indicatorId\":" + d + ",\"date\":\"2026-05-01\","
        + "\"narrative\":\"Laporan kegiatan triwulan I tersusun\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  @Order(7)
  void otherEmployeesAndOtherSupervisorsGet403() {
    String body = "{\"indicatorId\":" + a + ",\"date\":\"2026-05-01\",\"value\":1}";
    assertThat(postJson("fajar", realisationsPath(), body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("kasi.kurikulum", realisationsPath(), body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("fajar", realisationsPath(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("fajar", "/api/v1/skp/" + skpId + "/progress", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("kasi.primer", realisationsPath(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("kasi.primer", "/api/v1/skp/" + skpId + "/progress", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, "/api/v1/skp/" + skpId + "/progress", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("kasi.kurikulum", "/api/v1/skp/" + skpId + "/progress", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("hr", realisationsPath(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @Order(8)
  void anIndicatorBoundToTheSurveyIsFilledFromTheUnitsIkm() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    for (int value : new int[] {4, 3}) {
      headers.set("X-Forwarded-For", "198.51.100." + (50 + value));
      String answers = ("{\"answers\":{\"U1\":%1$d,\"U2\":%1$d,\"U3\":%1$d,\"U4\":%1$d,\"U5\":%1$d,\"U6\":%1$d,"
          + "\"U7\":%1$d,\"U8\":%1$d,\"U9\":%1$d}}").formatted(value);
      assertThat(http.exchange("/api/v1/public/surveys/DISDIK-GTK-PEND", HttpMethod.POST,
          new HttpEntity<>(answers, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    String progress = get("rina", "/api/v1/skp/" + skpId + "/progress", null).getBody();

    assertThat((String) JsonPath.read(progress, "$.rhk[1].indicators[0].source")).isEqualTo("SURVEY_IKM");
    assertThat(JsonPath.read(progress, "$.rhk[1].indicators[0].realised").toString()).isEqualTo("87.5");
    assertThat(JsonPath.read(progress, "$.rhk[1].indicators[0].capaian").toString()).isEqualTo("109.38");
    assertThat(JsonPath.read(progress, "$.weightedCapaian").toString()).isEqualTo("94.79");
    Map<String, Object> qualitativeRhk = JsonPath.read(progress, "$.rhk[2]");
    assertThat(qualitativeRhk).doesNotContainKey("capaian");
  }

  @Test
  @Order(9)
  void theSupervisorCommentsAndTheEmployeeSeesIt() {
    ResponseEntity<String> comment = postJson("kasi.kurikulum", "/api/v1/realisations/" + realisationA + "/comments",
        "{\"text\":\"Bagus, percepat tiga modul sisanya\"}");

    assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<String> texts = JsonPath.read(get("rina", realisationsPath(), null).getBody(),
        "$[?(@.id == " + realisationA + ")].comments[*].text");
    assertThat(texts).containsExactly("Bagus, percepat tiga modul sisanya");
    assertThat(notifications.findByRecipientOrderByCreatedAtDesc("rina")).extracting(n -> n.getSubject())
        .contains("Umpan balik atas realisasi Anda");
    assertThat(postJson("fajar", "/api/v1/realisations/" + realisationA + "/comments", "{\"text\":\"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("rina", "/api/v1/realisations/" + realisationA + "/comments", "{\"text\":\"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("kasi.kurikulum", "/api/v1/realisations/" + realisationA + "/comments", "{\"text\":\"\"}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @Order(10)
  void theSupervisorSeesTheSubordinatesWeightedCapaian() {
    String rows = get("kasi.kurikulum", "/api/v1/skp/subordinates?year=2026", null).getBody();

    List<Map<String, Object>> rina = JsonPath.read(rows, "$[?(@.username == 'rina')]");
    assertThat(rina).singleElement().satisfies(r -> {
      assertThat(r.get("status")).isEqualTo("AGREED");
      assertThat(r.get("weightedCapaian").toString()).isEqualTo("94.79");
    });
  }

  @Test
  @Order(11)
  void theOwnerCorrectsARealisationAndOthersMayNot() {
    String path = realisationsPath() + "/" + realisationA;
    String body = "{\"date\":\"2026-04-15\",\"value\":10,\"description\":\"10 modul selesai\"}";

    assertThat(putJson("fajar", path, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(putJson("rina", path, "{\"date\":\"2026-04-15\",\"value\":-3}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(putJson("rina", realisationsPath() + "/999999", body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> edited = putJson("rina", path, body);

    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
    String progress = get("rina", "/api/v1/skp/" + skpId + "/progress", null).getBody();
    assertThat(((Number) JsonPath.read(progress, "$.rhk[0].indicators[0].realised")).doubleValue()).isEqualTo(10.0);
  }

  private String realisationsPath() {
    return "/api/v1/skp/" + skpId + "/realisations";
  }

  private ResponseEntity<String> postWithKey(String body, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return as("rina").exchange(realisationsPath(), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> multipart(String user, long indicatorId, String date, String value, String name,
      byte[] content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("indicatorId", String.valueOf(indicatorId));
    parts.add("date", date);
    parts.add("value", value);
    parts.add("files", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).exchange(realisationsPath(), HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  private static List<String> fields(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return JsonPath.read(response.getBody(), "$.errors[*].field");
  }
}
