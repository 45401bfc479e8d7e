package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.survey.SurveyService;
import id.kinerja.survey.SurveySubmission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Exports and PDF reports on the scripted cycle of {@link ReportScenario} (2025, DISDIK-SD-KUR) and on survey
 * responses to DISDIK-SD-KUR (surveyed by no other test) of today: read back with fastexcel-reader, Commons CSV and
 * PDFBox; bad parameters, wrong role and a head of another organisation refused.
 */
class ReportsIT extends ReportScenario {

  static final String FAJAR = "198106152007031015";
  static final String RINA = "198704162014042014";

  @Autowired
  SurveyService surveys;

  @Autowired
  Clock clock;

  @Test
  void thePredikatRecapIsReadBackCellByCell() throws IOException {
    annualCycle();
    ResponseEntity<byte[]> response = bytes("hr", "/api/v1/reports/predikat.xlsx?year=2025&organisationCode="
        + ORGANISATION, null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("rekap-predikat-DISDIK-2025.xlsx");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = workbook.getSheet(0).orElseThrow();
      assertThat(sheet.getName()).isEqualTo("Predikat");
      List<Row> rows = sheet.read();
      assertThat(rows).hasSize(3);
      assertThat(cells(rows.get(0), 13)).containsExactly("NIP", "Nama", "Pangkat", "Golongan", "Jabatan",
          "Jenis jabatan", "Kode unit", "Unit kerja", "Rating hasil kerja", "Rating perilaku kerja", "Predikat kinerja",
          "Pengali angka kredit (%)", "Status evaluasi");
      assertThat(cells(rows.get(1), 13)).containsExactly(FAJAR, "Fajar Nugroho, S.Kom.", "", "", "Analis Data Pendidikan",
          "PELAKSANA", "DISDIK-SD-KUR", "Seksi Kurikulum dan Penilaian Sekolah Dasar", "DI_ATAS_EKSPEKTASI",
          "DI_ATAS_EKSPEKTASI", "SANGAT_BAIK", "", "PUBLISHED");
      assertThat(cells(rows.get(2), 13)).containsExactly(RINA, "Rina Marlina, S.Pd.", "", "",
          "Pengembang Teknologi Pembelajaran Ahli Pertama", "FUNGSIONAL", "DISDIK-SD-KUR",
          "Seksi Kurikulum dan Penilaian Sekolah Dasar", "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN", "75",
          "PUBLISHED");
      assertThat(rows.get(2).getCellAsNumber(11)).contains(new BigDecimal("75"));
      Sheet about = workbook.getSheets().filter(s -> s.getName().equals("Keterangan")).findFirst().orElseThrow();
      List<Row> notes = about.read();
      assertThat(cells(notes.get(0), 2)).containsExactly("Rekap predikat kinerja pegawai",
          "Dinas Pendidikan (DISDIK)");
      assertThat(cells(notes.get(2), 2)).containsExactly("Jumlah pegawai", "2");
    }
  }

  @Test
  void thePredikatCsvHasTheSameRows() throws IOException {
    annualCycle();
    ResponseEntity<byte[]> response = bytes("kadisdik", "/api/v1/reports/predikat.csv?year=2025"
        + "&organisationCode=" + ORGANISATION, null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(new String(response.getBody(), StandardCharsets.UTF_8)),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).containsExactly("nip", "nama", "pangkat", "golongan", "jabatan",
          "jenis_jabatan", "unit_kode", "unit_nama", "rating_hasil_kerja", "rating_perilaku_kerja", "predikat",
          "pengali_angka_kredit_persen", "status");
      records = parser.getRecords();
    }
    assertThat(records).extracting(r -> r.get("nip")).containsExactly(FAJAR, RINA);
    assertThat(records.get(0).get("predikat")).isEqualTo("SANGAT_BAIK");
    assertThat(records.get(0).get("pengali_angka_kredit_persen")).isEmpty();
    assertThat(records.get(1).get("predikat")).isEqualTo("BUTUH_PERBAIKAN");
    assertThat(records.get(1).get("pengali_angka_kredit_persen")).isEqualTo("75");
    assertThat(records.get(1).get("nama")).isEqualTo("Rina Marlina, S.Pd.");

    // a head of a bidang inside the organisation: its own subtree yes, the whole organisation no
    ResponseEntity<byte[]> bidang = bytes("kabid.sd", "/api/v1/reports/predikat.csv?year=2025"
        + "&organisationCode=DISDIK-SD", null);
    assertThat(bidang.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(bidang.getBody(), StandardCharsets.UTF_8)).contains(FAJAR, RINA);
    assertThat(get("kabid.sd", "/api/v1/reports/predikat.csv?year=2025&organisationCode=" + ORGANISATION, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void exportsRefuseBadParametersWrongRolesAndHeadsOfOtherOrganisations() {
    String path = "/api/v1/reports/predikat.xlsx?year=2025&organisationCode=" + ORGANISATION;
    ResponseEntity<String> otherHead = get("kadinkes", path, null);
    assertThat(otherHead.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemJson(otherHead);
    assertThat(otherHead.getBody()).contains("Unit DISDIK berada di luar unit yang Anda pimpin");
    ResponseEntity<String> employee = get("budi", path.replace("xlsx", "csv"), null);
    assertThat(employee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(employee.getBody()).contains("hanya untuk Pengelola Kinerja dan pimpinan");
    assertThat(get("budi", "/api/v1/reports/predikat.csv?year=abc", null).getStatusCode())
        .as("the role is checked before the parameters").isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> badYear = get("hr", "/api/v1/reports/predikat.xlsx?year=20x3&organisationCode=DINKES", null);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(badYear);
    assertThat(badYear.getBody()).contains("Tahun '20x3' tidak valid; isi tahun empat angka 2000–2100");
    assertThat(get("hr", "/api/v1/reports/predikat.csv?year=1999&organisationCode=DINKES", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> noOrganisation = get("hr", "/api/v1/reports/predikat.csv?year=2025", null);
    assertThat(noOrganisation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noOrganisation.getBody()).contains("Parameter organisationCode wajib diisi");
    ResponseEntity<String> unknown = get("hr", "/api/v1/reports/predikat.csv?year=2025&organisationCode=TIDAK-ADA",
        "en");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("Unknown unit 'TIDAK-ADA'");
  }

  @Test
  void theIkmReportIsLaidOutAsPermenPanrb14Of2017() throws IOException {
    String unit = "DISDIK-SD-KUR";
    LocalDate today = LocalDate.now(clock);
    respond(unit, 4, 4, "P", "30-39", "D4-S1", "PNS");
    respond(unit, 3, 3, "P", "40-49", "SMA", "SWASTA");
    respond(unit, 2, 4, "L", "30-39", "D4-S1", "WIRAUSAHA");
    String path = "/api/v1/reports/ikm.pdf?unitCode=" + unit + "&from=" + today + "&to=" + today;

    ResponseEntity<byte[]> response = bytes("kadisdik", path, null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    String text = text(response.getBody());
    assertThat(text).contains("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)",
        "Unit pelayanan: Seksi Kurikulum dan Penilaian Sekolah Dasar (DISDIK-SD-KUR)",
        "Organisasi: Dinas Pendidikan",
        // U1: (4 + 3 + 2) / 3; the others (4 + 3 + 4) / 3; weighted by the exact ninth
        "U1 Persyaratan 3,000 0,333", "U2 Sistem, Mekanisme, dan Prosedur 3,667 0,407",
        "U9 Sarana dan Prasarana 3,667 0,407",
        // IKM 97 / 27, converted 97 × 25 / 27 = 89.81 → A
        "Jumlah NRR tertimbang (IKM) 3,593", "Nilai IKM konversi (IKM x 25): 89,81", "Mutu pelayanan: A",
        "Kinerja unit pelayanan: Sangat Baik", "Jumlah responden: 3",
        "Perempuan 2 66,7%", "Laki-laki 1 33,3%", "30-39 2 66,7%", "Pegawai swasta 1 33,3%",
        "Grafik NRR per unsur");

    assertThat(bytes("hr", path, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> otherHead = get("kadinkes", path, null);
    assertThat(otherHead.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemJson(otherHead);
    assertThat(get("rina", path, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badDate = get("hr", "/api/v1/reports/ikm.pdf?unitCode=" + unit + "&from=2026-13-01&to="
        + today, null);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody()).contains("Tanggal from '2026-13-01' tidak valid");
    ResponseEntity<String> backwards = get("hr", "/api/v1/reports/ikm.pdf?unitCode=" + unit + "&from=" + today
        + "&to=" + today.minusDays(1), null);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(backwards);
    assertThat(get("hr", "/api/v1/reports/ikm.pdf?from=" + today + "&to=" + today, null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theYearlyMethodReviewSumsUpTheYear() throws IOException {
    annualCycle();
    ResponseEntity<byte[]> response = bytes("hr", "/api/v1/reports/tinjauan-tahunan.pdf?year=2025", null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text = text(response.getBody());
    assertThat(text).contains("TINJAUAN TAHUNAN METODE PENILAIAN KINERJA 2025", "1. Partisipasi",
        "2. Ketepatan waktu", "3. Distribusi predikat terhadap kurva", "4. Sebaran penilai", "5. Keberatan",
        "6. Efek pembinaan", "7. Tren IKM per triwulan", "8. Tahapan proses yang lambat",
        // DISDIK: kasi.kurikulum's own SKP is still a draft, wulan's and dimas's are agreed and published
        "Dinas Pendidikan 3 2 66,7% 2",
        "Dinas Pendidikan Baik Sesuai kurva 1 0 1 0 0 2",
        "kasi.kurikulum 2 50,0% 50,0% 0 0 0", "Hasil tahunan diumumkan: ", "Keberatan diajukan: ");

    ResponseEntity<String> head = get("kadisdik", "/api/v1/reports/tinjauan-tahunan.pdf?year=2025", null);
    assertThat(head.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(head.getBody()).contains("hanya untuk Pengelola Kinerja");
    ResponseEntity<String> badYear = get("hr", "/api/v1/reports/tinjauan-tahunan.pdf", null);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badYear.getBody()).contains("Parameter year wajib diisi");
  }

  @Test
  void allDocumentsOfAnOrganisationAsOneZipMadeInTheBackground() throws IOException {
    annualCycle();
    ResponseEntity<String> started = postJson("kadisdik", "/api/v1/reports/dokumen-evaluasi.zip?year=2025"
        + "&organisationCode=" + ORGANISATION, "");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String job = com.jayway.jsonpath.JsonPath.read(started.getBody(), "$.id");
    assertThat(started.getHeaders().getLocation()).hasToString("/api/v1/reports/jobs/" + job);
    assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(started.getBody(), "$.total")).isEqualTo(2);
    String done = id.kinerja.support.Pause.until(() -> get("kadisdik", "/api/v1/reports/jobs/" + job, null)
            .getBody(), body -> "DONE".equals(com.jayway.jsonpath.JsonPath.read(body, "$.status")),
        id.kinerja.support.Pause.BACKGROUND_WORK, "ZIP " + job + " not done");
    assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(done, "$.percent")).isEqualTo(100);
    assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(done, "$.failed")).isZero();

    ResponseEntity<byte[]> zip = bytes("kadisdik", "/api/v1/reports/jobs/" + job + "/download", null);
    assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("dokumen-evaluasi-DISDIK-2025.zip");
    Map<String, String> entries = new java.util.TreeMap<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.getBody()))) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), text(in.readAllBytes()));
      }
    }
    assertThat(entries.keySet()).hasSize(2).allMatch(name -> name.matches("(" + FAJAR + "|" + RINA
        + ")-ANNUAL-\\d+\\.pdf"));
    assertThat(entries.values()).allMatch(t -> t.contains("DOKUMEN EVALUASI KINERJA PEGAWAI"));
    assertThat(String.join(" ", entries.values())).contains("Fajar Nugroho", "Rina Marlina");

    assertThat(get("kadinkes", "/api/v1/reports/jobs/" + job, null).getStatusCode())
        .as("another user's job").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(postJson("kadinkes", "/api/v1/reports/dokumen-evaluasi.zip?year=2025&organisationCode="
        + ORGANISATION, "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("hr", "/api/v1/reports/dokumen-evaluasi.zip?year=x&organisationCode=" + ORGANISATION, "")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @Test
  void theZipIsMadeFromThePortalWithAProgressPageAndAnyNodeAnswersFromTheDatabase() {
    annualCycle();
    id.kinerja.support.FromAddress browser = new id.kinerja.support.FromAddress("127.0.0.1", port);
    assertThat(browser.webappLogin("kadisdik", PASSWORD).status()).isEqualTo(200);
    id.kinerja.support.FromAddress.Response form = browser.get("/app/dasbor/dokumen?year=2025", null);
    assertThat(form.status()).isEqualTo(200);
    // a head chooses among the units he leads: his OPD, not another one
    assertThat(form.body()).contains("value=\"DISDIK\"").doesNotContain("value=\"DINKES\"");
    String csrf = browser.portalCsrfToken();
    id.kinerja.support.FromAddress.Response bad = browser.send("POST", "/app/dasbor/dokumen", null,
        "application/x-www-form-urlencoded", "year=tahun&organisationCode=DISDIK", Map.of("X-CSRF-TOKEN", csrf));
    assertThat(bad.status()).as("the form again, with the reason").isEqualTo(200);
    assertThat(bad.body()).contains("Tahun &#39;tahun&#39; tidak valid");
    id.kinerja.support.FromAddress.Response started = browser.send("POST", "/app/dasbor/dokumen", null,
        "application/x-www-form-urlencoded", "year=2025&organisationCode=DISDIK", Map.of("X-CSRF-TOKEN", csrf));
    assertThat(started.status()).isEqualTo(302);
    String page = java.net.URI.create(started.header("Location")).getPath();
    assertThat(page).matches("/app/dasbor/dokumen/[0-9a-f-]{36}");
    String job = page.substring(page.lastIndexOf('/') + 1);
    String done = id.kinerja.support.Pause.until(() -> browser.get(page, null).body(),
        body -> body.contains("Selesai"), id.kinerja.support.Pause.BACKGROUND_WORK, "ZIP " + job + " not done");
    assertThat(done).contains("2 dari 2 dokumen (100%)").contains("<progress").contains(page + "/unduh");
    id.kinerja.support.FromAddress.Response zip = browser.get(page + "/unduh", null);
    assertThat(zip.status()).isEqualTo(200);
    assertThat(zip.header("Content-Type")).startsWith("application/zip");
    // the job and its file are rows of the database, not this node's memory
    assertThat(jdbc.queryForObject("select status from report_archive where id = ?", String.class, job))
        .isEqualTo("DONE");
    assertThat(jdbc.queryForObject("select octet_length(content) from report_archive where id = ?", Integer.class,
        job)).isPositive();
    // another head gets nothing of it; an employee no page at all
    id.kinerja.support.FromAddress other = new id.kinerja.support.FromAddress("127.0.0.1", port);
    assertThat(other.webappLogin("kadinkes", PASSWORD).status()).isEqualTo(200);
    assertThat(other.get(page, null).status()).isEqualTo(404);
    assertThat(other.get(page + "/unduh", null).status()).isEqualTo(404);
    id.kinerja.support.FromAddress employee = new id.kinerja.support.FromAddress("127.0.0.1", port);
    assertThat(employee.webappLogin("fajar", PASSWORD).status()).isEqualTo(200);
    assertThat(employee.get("/app/dasbor/dokumen", null).status()).isEqualTo(403);
  }

  @Test
  void aJobWhoseNodeStoppedBeatingIsShownAsFailed() {
    String job = java.util.UUID.randomUUID().toString();
    java.sql.Timestamp tenMinutesAgo = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600));
    jdbc.update("insert into report_archive (id, owner, organisation_code, archive_year, status, total, done, failed,"
        + " started_at, heartbeat_at) values (?, 'kadisdik', 'DISDIK', 2025, 'RUNNING', 4, 1, 0, ?, ?)", job,
        tenMinutesAgo, tenMinutesAgo);
    String progress = get("kadisdik", "/api/v1/reports/jobs/" + job, null).getBody();
    assertThat(com.jayway.jsonpath.JsonPath.<String>read(progress, "$.status")).isEqualTo("FAILED");
    assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(progress, "$.done")).isEqualTo(1);
    assertThat(jdbc.queryForObject("select status from report_archive where id = ?", String.class, job))
        .isEqualTo("FAILED");
    assertThat(get("kadisdik", "/api/v1/reports/jobs/" + job + "/download", null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  private void respond(String unit, int u1, int others, String sex, String age, String education, String job) {
    Map<String, Object> answers = new HashMap<>();
    for (int i = 1; i <= 9; i++) {
      answers.put("U" + i, i == 1 ? u1 : others);
    }
    surveys.submit(unit, new SurveySubmission(answers, Map.of("sex", sex, "ageGroup", age, "education", education,
        "occupation", job), null, null));
  }

  private ResponseEntity<byte[]> bytes(String user, String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
    }
  }

  private static List<String> cells(Row row, int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> i < row.getCellCount() && row.getCell(i) != null ? row.getCell(i).getText() : "")
        .collect(Collectors.toList());
  }
}
