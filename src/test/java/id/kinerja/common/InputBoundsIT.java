package id.kinerja.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 13, items 4, 8, 10 and 11 against the whole application on PostgreSQL: tiny bodies with huge numbers, NUL
 * characters, lenient types, broken uploads and hostile evidence files get 4xx problem details naming the field,
 * and nothing is stored. Uses a 2025 cycle of BKPSDM-BANGKOM-DIKLAT, which no other test opens (supervisor
 * kasi.diklat): putri's SKP stays a draft (the refused drafts), sandi's is agreed for the evidence uploads. The
 * tests run in any order; each asks for the SKP it needs ({@link #draftSkp()}, {@link #agreedIndicator()}).
 */
class InputBoundsIT extends PostgresIntegrationTest {

  private static final String CYCLE = "\"year\":2025,\"cadence\":\"ANNUAL\",\"unitCode\":\"BKPSDM-BANGKOM-DIKLAT\"";
  private static Long skpId;
  private static Long agreedSkpId;
  private static Long indicatorId;

  /** Putri's 2025 SKP, a draft: nothing in this test ever stores it. */
  private synchronized long draftSkp() {
    if (skpId == null) {
      openCycle(CYCLE);
      List<Integer> ids = JsonPath.read(get("putri", "/api/v1/skp?year=2025", null).getBody(), "$[*].id");
      skpId = ids.get(0).longValue();
    }
    return skpId;
  }

  @Test
  void hugeNumbersAreRefusedAtOnceNamingTheField() {
    long skpId = draftSkp();

    long started = System.nanoTime();
    ResponseEntity<String> weight = putJson("putri", "/api/v1/skp/" + skpId,
        "{\"rhk\":[{\"text\":\"a\",\"type\":\"UTAMA\",\"weight\":1e999999999}]}");
    ResponseEntity<String> amount = send("hr", HttpMethod.PUT, "/api/v1/rewards/budgets",
        "{\"organisationCode\":\"BKPSDM\",\"year\":2025,\"amount\":1e999999999}");
    ResponseEntity<String> target = postJson("putri", "/api/v1/scoring/preview",
        "{\"rhk\":[{\"type\":\"UTAMA\",\"weight\":100,\"indicators\":[{\"target\":1e-40000000,\"realisation\":1,"
            + "\"direction\":\"HIGHER_IS_BETTER\"}]}]}");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertRefused(weight, "rhk[0].weight");
    assertRefused(amount, "amount");
    assertRefused(target, "rhk[0].indicators[0].target");
    assertThat((String) JsonPath.read(weight.getBody(), "$.errors[0].message"))
        .isEqualTo("Angka di luar batas: paling banyak 3 digit sebelum koma dan 2 digit di belakang koma.");
    assertThat(JsonPath.<List<Object>>read(get("putri", "/api/v1/skp/" + skpId, null).getBody(), "$.rhk")).isEmpty();
  }

  @Test
  void aBudgetOverTheColumnIsRefusedNotA500() {
    assertRefused(send("hr", HttpMethod.PUT, "/api/v1/rewards/budgets",
        "{\"organisationCode\":\"BKPSDM\",\"year\":2025,\"amount\":100000000000000}"), "amount");
    assertThat(send("hr", HttpMethod.PUT, "/api/v1/rewards/budgets",
        "{\"organisationCode\":\"BKPSDM\",\"year\":2025,\"amount\":9999999999999.99}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void nulCharactersNullElementsAndLongNotesAre400() {
    long skpId = draftSkp();
    assertRefused(putJson("putri", "/api/v1/skp/" + skpId,
        "{\"rhk\":[{\"text\":\"laporan\\u0000\",\"type\":\"UTAMA\",\"weight\":100}]}"), "rhk[0].text");
    assertRefused(putJson("putri", "/api/v1/skp/" + skpId,
        "{\"rhk\":[{\"text\":\"a\",\"type\":\"UTAMA\",\"weight\":100,\"indicators\":[null]}]}"),
        "rhk[0].indicators[0]");
    assertRefused(postJson("kasi.diklat", "/api/v1/skp/" + skpId + "/review",
        "{\"decision\":\"RETURN\",\"notes\":\"" + "x".repeat(4001) + "\"}"), "notes");
    ResponseEntity<String> survey = http.exchange("/api/v1/public/surveys/BKPSDM-BANGKOM-DIKLAT", HttpMethod.POST,
        new HttpEntity<>(survey("\"suggestion\":\"ruang tunggu\\u0000\""), citizenHeaders()), String.class);
    assertRefused(survey, "suggestion");
    assertThat(JsonPath.<List<Object>>read(get("putri", "/api/v1/skp/" + skpId, null).getBody(), "$.rhk")).isEmpty();
  }

  @Test
  void typesAreStrictAndDatesSensible() {
    assertRefused(postJson("hr", "/api/v1/cycles",
        "{\"year\":2025,\"cadence\":\"ANNUAL\",\"unitCode\":\"BKPSDM-BANGKOM-DIKLAT\",\"peerFeedback\":12345}"),
        "peerFeedback");
    String periods = "/api/v1/surveys/BKPSDM-BANGKOM-DIKLAT/periods";
    assertRefused(postJson("hr", periods, "{\"from\":\"2025-01-01\",\"to\":20260315}"), "to");
    ResponseEntity<String> ancient = postJson("hr", periods, "{\"from\":\"0000-01-01\",\"to\":\"9999-12-31\"}");
    assertThat(ancient.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<List<String>>read(ancient.getBody(), "$.errors[*].field")).contains("from", "to");
    ResponseEntity<String> emptyProfile = http.exchange("/api/v1/public/surveys/BKPSDM-BANGKOM-DIKLAT",
        HttpMethod.POST, new HttpEntity<>(survey("\"profile\":{\"sex\":\"\"}"), citizenHeaders()), String.class);
    assertRefused(emptyProfile, "profile.sex");
  }

  @Test
  void aCsvThatIsNotUtf8IsRefused() {
    byte[] csv = "nip,nama,jenis,unit_kode,jabatan_kode,email\n199901012025011001,Jos\u00e9,PNS,BKPSDM,X,\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    ResponseEntity<String> answer = as("hr").exchange("/api/v1/employees/import", HttpMethod.POST,
        new HttpEntity<>(csv, headers), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(answer.getBody(), "$.type")).endsWith("input-utf8-invalid");
  }

  @Test
  void theErrorPageAndTomcatsRefusalsAreProblemDetails() throws Exception {
    ResponseEntity<String> error = get(null, "/error", null);
    assertThat(error.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertProblemJson(error);

    HttpResponse<String> nul = raw(HttpRequest.newBuilder(URI.create(root() + "/api/v1/skp/%00"))
        .header("Authorization", basic("putri")).GET());
    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(nul.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    assertThat(nul.body()).contains("\"status\":400").contains("tidak dapat dibaca");
  }

  @Test
  void aTruncatedMultipartBodyIs400() throws Exception {
    String body = "--kinerja\r\nContent-Disposition: form-data; name=\"indicatorId\"\r\n\r\n" + agreedIndicator()
        + "\r\n--kinerja\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n\u0089PNG";
    HttpResponse<String> answer = raw(HttpRequest.newBuilder(URI.create(root() + realisations()))
        .header("Authorization", basic("sandi"))
        .header("Content-Type", "multipart/form-data; boundary=kinerja")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("multipart-invalid");
  }

  @Test
  void hostileEvidenceIsRefusedAndNothingStored() throws Exception {
    byte[] javaScriptPdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
        + "4 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n"
        + "trailer << /Root 1 0 R /Size 5 >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    byte[] pngWithHtml = concat(png(), "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
    agreedIndicator();
    List<Object> before = JsonPath.read(get("sandi", realisations(), null).getBody(), "$");

    ResponseEntity<String> pdf = upload(List.of(new Evidence("laporan.pdf", javaScriptPdf)));
    ResponseEntity<String> polyglot = upload(List.of(new Evidence("foto.png", pngWithHtml)));

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat((String) JsonPath.read(pdf.getBody(), "$.detail")).contains("konten aktif");
    assertThat(polyglot.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(JsonPath.<List<Object>>read(get("sandi", realisations(), null).getBody(), "$")).as("nothing stored")
        .isEqualTo(before);
  }

  @Test
  void fiftyFilesAreTooManyFilesNotTooLarge() throws Exception {
    List<Evidence> files = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      files.add(new Evidence("foto-" + i + ".png", png()));
    }
    ResponseEntity<String> answer = upload(files);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(answer.getBody(), "$.errors[0].message"))
        .isEqualTo("Terlalu banyak berkas: paling banyak 10 berkas per realisasi, yang dikirim 50; "
            + "tidak ada yang disimpan.");
  }

  @Test
  void aRightToLeftOverrideIsNeutralisedInTheStoredName() throws Exception {
    ResponseEntity<String> stored = upload(List.of(new Evidence("laporan\u202Efdp.exe", png())));

    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) JsonPath.read(stored.getBody(), "$.evidence[0].fileName")).isEqualTo("laporan_fdp.exe");
  }

  // --- helpers

  record Evidence(String name, byte[] content) {
  }

  /** Sandi's 2025 SKP, agreed (once, for whichever test asks first); its indicator's id. */
  private synchronized long agreedIndicator() {
    if (indicatorId != null) {
      return indicatorId;
    }
    openCycle(CYCLE);
    List<Integer> ids = JsonPath.read(get("sandi", "/api/v1/skp?year=2025", null).getBody(), "$[*].id");
    long skpId = ids.get(0).longValue();
    String content = """
        {"rhk":[{"text":"Terselenggaranya pelatihan aparatur","type":"UTAMA","weight":100,"indicators":[
          {"text":"Pelatihan terselenggara","aspect":"KUANTITAS","approach":"KUANTITATIF","target":4,
           "unit":"kegiatan","direction":"HIGHER_IS_BETTER"}]}]}""";
    assertThat(putJson("sandi", "/api/v1/skp/" + skpId, content).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("sandi", "/api/v1/skp/" + skpId + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("kasi.diklat", "/api/v1/skp/" + skpId + "/review", "{\"decision\":\"APPROVE\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    agreedSkpId = skpId;
    indicatorId = ((Number) JsonPath.<List<Object>>read(get("sandi", "/api/v1/skp/" + skpId, null).getBody(),
        "$.rhk[0].indicators[*].id").get(0)).longValue();
    return indicatorId;
  }

  private ResponseEntity<String> upload(List<Evidence> files) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("indicatorId", String.valueOf(agreedIndicator()));
    parts.add("date", "2025-06-30");
    parts.add("value", "1");
    for (Evidence file : files) {
      HttpHeaders partHeaders = new HttpHeaders();
      partHeaders.setContentDispositionFormData("files", file.name());
      partHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
      parts.add("files", new HttpEntity<>(new ByteArrayResource(file.content()) {
        @Override
        public String getFilename() {
          return file.name();
        }
      }, partHeaders));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as("sandi").exchange(realisations(), HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  private String realisations() {
    agreedIndicator();
    return "/api/v1/skp/" + agreedSkpId + "/realisations";
  }

  private static String survey(String extra) {
    return "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,\"U8\":4,\"U9\":4}," + extra
        + "}";
  }

  private static HttpHeaders citizenHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Forwarded-For", "198.51.100." + (int) (Math.random() * 200 + 20));
    return headers;
  }

  private static void assertRefused(ResponseEntity<String> answer, String field) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(answer);
    assertThat(JsonPath.<List<String>>read(answer.getBody(), "$.errors[*].field")).contains(field);
  }

  private String root() {
    return http.getRootUri();
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> raw(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static byte[] png() throws java.io.IOException {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
