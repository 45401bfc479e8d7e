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
import org.junit.jupiter.api.Test;
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
 * Progress on PostgreSQL in Seksi Kurikulum dan Penilaian SD (supervisor kasi.kurikulum). rina's SKP tells the
 * hand-computed story ({@link #rinasFigures}):
 * RHK 1 (UTAMA, 60): A modules, target 12, higher is better; B preparation days, target 6, lower is better.
 * RHK 2 (UTAMA, 30): C the IKM of Seksi Pendidik dan Tenaga Kependidikan, target 80, filled from the survey.
 * RHK 3 (TAMBAHAN, 10): D qualitative. Hand-computed: A 9 → 75; B average(7, 5) = 6 → 100; RHK 1 87.5;
 * C: two survey responses (all 4, all 3) → converted IKM 87.50 → 109.375; weighted (87.5 × 60 + 109.375 × 30) / 90
 * = 94.7916… → 94.79 (RHK 3 has no numeric indicator and stays out).
 *
 * <p>Every test runs in any order and sets up what it needs: the cycle and the agreed SKPs come from {@link #agreed},
 * which opens and agrees only what is not so yet, and the story's realisations from {@link #rinasFigures}, which
 * records only those not there yet. Tests that record realisations of their own do so on an SKP whose figures no
 * other test reads: fajar's (the same content, plus a numeric indicator E in RHK 3 for the corrections) and
 * kabid.sd's (the same content; his supervisor is kadisdik). No SKP of the seksi's head kasi.kurikulum is agreed,
 * so rina and fajar need not link their RHK.
 */
class ProgressIT extends PostgresIntegrationTest {

  /** The smallest PDF that PDFBox reads (evidence PDFs are inspected for active content). */
  static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
      + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
      + "trailer << /Root 1 0 R /Size 4 >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  static final String CYCLE = "\"year\":2026,\"cadence\":\"QUARTERLY\",\"unitCode\":\"DISDIK-SD\"";
  static final String CONTENT = """
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
          {"text":"Laporan kegiatan","aspect":"KUALITAS","approach":"KUALITATIF"}%s]}]}""";
  /** fajar's third RHK also counts reports (E), the indicator the corrections test records and corrects. */
  static final String REPORTS = """
      ,
          {"text":"Laporan tersusun","aspect":"KUANTITAS","approach":"KUANTITATIF","target":12,"unit":"laporan",
           "direction":"HIGHER_IS_BETTER"}""";

  /** An agreed SKP and its indicators: A, B (RHK 1), C (RHK 2), D (and fajar's E) (RHK 3). */
  record Agreed(long id, long a, long b, long c, long d, long e) {
    String realisations() {
      return "/api/v1/skp/" + id + "/realisations";
    }
  }

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

  /** The owner's SKP of the seksi's 2026 cycle, agreed by the supervisor unless it is already. */
  private Agreed agreed(String owner, String supervisor, String content) {
    openCycle(CYCLE);
    long skpId = skpOf(owner);
    if (!"AGREED".equals(JsonPath.read(get(owner, "/api/v1/skp/" + skpId, null).getBody(), "$.status"))) {
      assertThat(putJson(owner, "/api/v1/skp/" + skpId, content).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(postJson(owner, "/api/v1/skp/" + skpId + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(postJson(supervisor, "/api/v1/skp/" + skpId + "/review", "{\"decision\":\"APPROVE\"}")
          .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    String skp = get(owner, "/api/v1/skp/" + skpId, null).getBody();
    assertThat((String) JsonPath.read(skp, "$.status")).isEqualTo("AGREED");
    List<Integer> ids = JsonPath.read(skp, "$.rhk[*].indicators[*].id");
    return new Agreed(skpId, ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.size() > 4 ? ids.get(4) : -1);
  }

  private Agreed rina() {
    return agreed("rina", "kasi.kurikulum", CONTENT.formatted(""));
  }

  private Agreed fajar() {
    return agreed("fajar", "kasi.kurikulum", CONTENT.formatted(REPORTS));
  }

  private Agreed kabidSd() {
    return agreed("kabid.sd", "kadisdik", CONTENT.formatted(""));
  }

  /**
   * rina's SKP with the story's realisations (A 9 on 15 April, B 7 on 10 February and 5 on 10 March) and the two
   * survey responses for Seksi Pendidik dan Tenaga Kependidikan, each recorded unless it is there already.
   */
  private Agreed rinasFigures() {
    Agreed rina = rina();
    ensure(rina, rina.a(), "2026-04-15", 9, "9 modul selesai");
    ensure(rina, rina.b(), "2026-02-10", 7, null);
    ensure(rina, rina.b(), "2026-03-10", 5, null);
    String progress = get("rina", "/api/v1/skp/" + rina.id() + "/progress", null).getBody();
    Map<String, Object> c = JsonPath.read(progress, "$.rhk[1].indicators[0]");
    if (c.get("realised") == null) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      for (int value : new int[] {4, 3}) {
        headers.set("X-Forwarded-For", "198.51.100." + (50 + value));
        String answers = ("{\"answers\":{\"U1\":%1$d,\"U2\":%1$d,\"U3\":%1$d,\"U4\":%1$d,\"U5\":%1$d,"
            + "\"U6\":%1$d,\"U7\":%1$d,\"U8\":%1$d,\"U9\":%1$d}}").formatted(value);
        assertThat(http.exchange("/api/v1/public/surveys/DISDIK-GTK-PEND", HttpMethod.POST,
            new HttpEntity<>(answers, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      }
    }
    return rina;
  }

  /** rina's realisation of the indicator on the date with the value, recorded unless it is there already. */
  private void ensure(Agreed rina, long indicatorId, String date, int value, String description) {
    if (realisationOf(rina, indicatorId, date) == null) {
      String body = "{\"indicatorId\":" + indicatorId + ",\"date\":\"" + date + "\",\"value\":" + value
          + (description == null ? "" : ",\"description\":\"" + description + "\"") + "}";
      assertThat(postJson("rina", rina.realisations(), body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
  }

  /** The id of rina's realisation of the indicator on the date, or null. */
  private Long realisationOf(Agreed rina, long indicatorId, String date) {
    List<Number> ids = JsonPath.read(get("rina", rina.realisations(), null).getBody(),
        "$[?(@.indicatorId == " + indicatorId + " && @.date == '" + date + "')].id");
    assertThat(ids).hasSizeLessThanOrEqualTo(1);
    return ids.isEmpty() ? null : ids.get(0).longValue();
  }

  @Test
  void rinasSkpIsAgreedAndHerCheckInsAreScheduled() {
    long skpId = rina().id();

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
  void aJsonRealisationShowsInProgressWithItsCapaian() {
    Agreed fajar = fajar();

    ResponseEntity<String> created = postJson("fajar", fajar.realisations(),
        "{\"indicatorId\":" + fajar.a() + ",\"date\":\"2026-04-15\",\"value\":9,\"description\":\"9 modul selesai\"}");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String progress = get("fajar", "/api/v1/skp/" + fajar.id() + "/progress", null).getBody();
    assertThat(((Number) JsonPath.read(progress, "$.rhk[0].indicators[0].realised")).doubleValue()).isEqualTo(9.0);
    assertThat(JsonPath.read(progress, "$.rhk[0].indicators[0].capaian").toString()).isEqualTo("75.0");
    assertThat((String) JsonPath.read(progress, "$.rhk[0].indicators[0].source")).isEqualTo("ENTRIES");
    assertThat((String) JsonPath.read(progress, "$.rhk[0].indicators[0].aggregation")).isEqualTo("SUM");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyStoresOnceAndAnswersTheSame() {
    Agreed fajar = fajar();
    String body = "{\"indicatorId\":" + fajar.b() + ",\"date\":\"2026-02-10\",\"value\":7}";
    long before = realisations.count();

    ResponseEntity<String> first = postWithKey(fajar, body, "fajar-2026-02-10-b");
    ResponseEntity<String> retry = postWithKey(fajar, body, "fajar-2026-02-10-b");

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getBody()).isEqualTo(first.getBody());
    assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(realisations.count()).isEqualTo(before + 1);
    ResponseEntity<String> reused = postWithKey(fajar, body.replace("7}", "8}"), "fajar-2026-02-10-b");
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(realisations.count()).isEqualTo(before + 1);
  }

  @Test
  void aMultipartRealisationKeepsThePdfWithItsHash() throws Exception {
    // kabid.sd's SKP, which only this test records on: A 9 and B 7 first, then B 5 with the PDF
    Agreed kabid = kabidSd();
    assertThat(postJson("kabid.sd", kabid.realisations(), "{\"indicatorId\":" + kabid.a()
        + ",\"date\":\"2026-04-15\",\"value\":9}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(postJson("kabid.sd", kabid.realisations(), "{\"indicatorId\":" + kabid.b()
        + ",\"date\":\"2026-02-10\",\"value\":7}").getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> created = multipart("kabid.sd", kabid, kabid.b(), "2026-03-10", "5", "laporan.pdf", PDF);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String sha = JsonPath.read(created.getBody(), "$.evidence[0].sha256");
    assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));
    int evidenceId = JsonPath.read(created.getBody(), "$.evidence[0].id");
    ResponseEntity<byte[]> download = as("kabid.sd").getForEntity("/api/v1/evidence/" + evidenceId, byte[].class);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(as("kadisdik").getForEntity("/api/v1/evidence/" + evidenceId, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("fajar").getForEntity("/api/v1/evidence/" + evidenceId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String progress = get("kabid.sd", "/api/v1/skp/" + kabid.id() + "/progress", null).getBody();
    assertThat(JsonPath.read(progress, "$.rhk[0].indicators[1].realised").toString()).startsWith("6");
    assertThat(JsonPath.read(progress, "$.rhk[0].indicators[1].capaian").toString()).isEqualTo("100.0");
    assertThat(JsonPath.read(progress, "$.rhk[0].capaian").toString()).isEqualTo("87.5");
  }

  @Test
  void anOversizedFileOrARenamedExecutableIsRefusedAndNothingIsStored() {
    Agreed rina = rina();
    long realisationsBefore = realisations.count();
    long evidenceBefore = evidences.count();
    byte[] twelveMegabytes = Arrays.copyOf(PDF, 12 * 1024 * 1024);
    byte[] executable = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, 4096);

    ResponseEntity<String> tooLarge = multipart("rina", rina, rina.a(), "2026-05-01", "1", "besar.pdf",
        twelveMegabytes);
    ResponseEntity<String> renamed = multipart("rina", rina, rina.a(), "2026-05-01", "1", "laporan.pdf", executable);

    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertProblemJson(tooLarge);
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat((String) JsonPath.read(renamed.getBody(), "$.detail")).contains("laporan.pdf");
    assertThat(realisations.count()).isEqualTo(realisationsBefore);
    assertThat(evidences.count()).isEqualTo(evidenceBefore);
  }

  @Test
  void badRealisationsAreRefusedFieldByField() {
    Agreed rina = rina();
    String realisations = rina.realisations();
    assertThat(fields(postJson("rina", realisations, "{\"date\":\"2026-05-01\",\"value\":1}")))
        .containsExactly("indicatorId");
    assertThat(fields(postJson("rina", realisations,
        "{\"indicatorId\":" + rina.a() + ",\"date\":\"2099-01-01\",\"value\":1}"))).containsExactly("date");
    assertThat(fields(postJson("rina", realisations,
        "{\"indicatorId\":" + rina.a() + ",\"date\":\"01-05-2026\",\"value\":1}"))).containsExactly("date");
    assertThat(fields(postJson("rina", realisations,
        "{\"indicatorId\":" + rina.a() + ",\"date\":\"2026-05-01\",\"value\":-1}"))).containsExactly("value");
    assertThat(fields(postJson("rina", realisations,
        "{\"indicatorId\":" + rina.d() + ",\"date\":\"2026-05-01\",\"value\":3}")))
        .containsExactlyInAnyOrder("narrative", "value");
    assertThat(fields(postJson("rina", realisations,
        "{\"indicatorId\":" + rina.c() + ",\"date\":\"2026-05-01\",\"value\":90}"))).containsExactly("indicatorId");
    assertThat(fields(postJson("rina", realisations,
        "{\"indicatorId\":999999,\"date\":\"2026-05-01\",\"value\":1}"))).containsExactly("indicatorId");
    assertThat(postJson("rina", realisations, "{\"indicatorId\":" + rina.d() + ",\"date\":\"2026-05-01\","
        + "\"narrative\":\"Laporan kegiatan triwulan I tersusun\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void otherEmployeesAndOtherSupervisorsGet403() {
    Agreed rina = rina();
    long skpId = rina.id();
    long a = rina.a();
    String realisations = rina.realisations();
    String body = "{\"indicatorId\":" + a + ",\"date\":\"2026-05-01\",\"value\":1}";
    assertThat(postJson("fajar", realisations, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("kasi.kurikulum", realisations, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("fajar", realisations, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("fajar", "/api/v1/skp/" + skpId + "/progress", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("kasi.primer", realisations, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("kasi.primer", "/api/v1/skp/" + skpId + "/progress", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, "/api/v1/skp/" + skpId + "/progress", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("kasi.kurikulum", "/api/v1/skp/" + skpId + "/progress", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("hr", realisations, null).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anIndicatorBoundToTheSurveyIsFilledFromTheUnitsIkm() {
    Agreed rina = rinasFigures();

    String progress = get("rina", "/api/v1/skp/" + rina.id() + "/progress", null).getBody();

    assertThat((String) JsonPath.read(progress, "$.rhk[1].indicators[0].source")).isEqualTo("SURVEY_IKM");
    assertThat(JsonPath.read(progress, "$.rhk[1].indicators[0].realised").toString()).isEqualTo("87.5");
    assertThat(JsonPath.read(progress, "$.rhk[1].indicators[0].capaian").toString()).isEqualTo("109.38");
    assertThat(JsonPath.read(progress, "$.weightedCapaian").toString()).isEqualTo("94.79");
    Map<String, Object> qualitativeRhk = JsonPath.read(progress, "$.rhk[2]");
    assertThat(qualitativeRhk).doesNotContainKey("capaian");
  }

  @Test
  void theSupervisorCommentsAndTheEmployeeSeesIt() {
    Agreed rina = rinasFigures();
    String realisations = rina.realisations();
    long realisationA = realisationOf(rina, rina.a(), "2026-04-15");

    ResponseEntity<String> comment = postJson("kasi.kurikulum", "/api/v1/realisations/" + realisationA + "/comments",
        "{\"text\":\"Bagus, percepat tiga modul sisanya\"}");

    assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<String> texts = JsonPath.read(get("rina", realisations, null).getBody(),
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
  void theSupervisorSeesTheSubordinatesWeightedCapaian() {
    rinasFigures();

    String rows = get("kasi.kurikulum", "/api/v1/skp/subordinates?year=2026", null).getBody();

    List<Map<String, Object>> rina = JsonPath.read(rows, "$[?(@.username == 'rina')]");
    assertThat(rina).singleElement().satisfies(r -> {
      assertThat(r.get("status")).isEqualTo("AGREED");
      assertThat(r.get("weightedCapaian").toString()).isEqualTo("94.79");
    });
  }

  @Test
  void theOwnerCorrectsARealisationAndOthersMayNot() {
    // fajar's indicator E, which only this test records on
    Agreed fajar = fajar();
    ResponseEntity<String> created = postJson("fajar", fajar.realisations(),
        "{\"indicatorId\":" + fajar.e() + ",\"date\":\"2026-04-15\",\"value\":9,\"description\":\"9 laporan\"}");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String path = fajar.realisations() + "/" + ((Number) JsonPath.read(created.getBody(), "$.id")).longValue();
    String body = "{\"date\":\"2026-04-15\",\"value\":10,\"description\":\"10 laporan selesai\"}";

    assertThat(putJson("rina", path, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(putJson("fajar", path, "{\"date\":\"2026-04-15\",\"value\":-3}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(putJson("fajar", fajar.realisations() + "/999999", body).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> edited = putJson("fajar", path, body);

    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
    String progress = get("fajar", "/api/v1/skp/" + fajar.id() + "/progress", null).getBody();
    assertThat(((Number) JsonPath.read(progress, "$.rhk[2].indicators[1].realised")).doubleValue()).isEqualTo(10.0);
  }

  private ResponseEntity<String> postWithKey(Agreed skp, String body, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return as("fajar").exchange(skp.realisations(), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> multipart(String user, Agreed skp, long indicatorId, String date, String value,
      String name, byte[] content) {
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
    return as(user).exchange(skp.realisations(), HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  private static List<String> fields(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return JsonPath.read(response.getBody(), "$.errors[*].field");
  }
}
