package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard figures on the scripted cycle of {@link ReportScenario} (2025, DISDIK-SD-KUR): HR sees every
 * organisation, a head only the units they lead (another organisation's rows are absent), others are refused.
 */
class DashboardsIT extends ReportScenario {

  @org.springframework.beans.factory.annotation.Autowired
  id.kinerja.survey.SurveyService surveys;

  @org.springframework.beans.factory.annotation.Autowired
  java.time.Clock clock;

  @Test
  void cycleProgressPerOrganisationAndUnit() {
    annualCycle();
    ResponseEntity<String> head = get("kadisdik", "/api/v1/dashboards/progress?year=2025", null);
    assertThat(head.getStatusCode()).isEqualTo(HttpStatus.OK);
    String body = head.getBody();
    assertThat(JsonPath.<List<String>>read(body, "$.organisations[*].unitCode")).containsExactly(ORGANISATION);
    assertThat(JsonPath.<Integer>read(body, "$.organisations[0].skpByStatus.AGREED")).isEqualTo(2);
    assertThat(JsonPath.<Integer>read(body, "$.organisations[0].skpByStatus.DRAFT")).isEqualTo(1);
    assertThat(JsonPath.<Integer>read(body, "$.organisations[0].evaluationsByStep.PUBLISHED")).isEqualTo(2);
    assertThat(JsonPath.<Integer>read(body, "$.organisations[0].indicators")).isEqualTo(2);
    // units with the year's SKPs and open tasks of the year's processes
    assertThat(JsonPath.<List<String>>read(body, "$.units[*].unitCode")).contains(UNIT)
        .allMatch(code -> code.startsWith(ORGANISATION));
    // kasi.kurikulum's own "Susun SKP" of 2025 is open; nobody's 2024 SKP exists, so 2024 counts no open task
    List<Integer> open2025 = JsonPath.read(body, "$.units[?(@.unitCode == '" + UNIT + "')].openTasks");
    assertThat(open2025).singleElement().satisfies(n -> assertThat(n).isPositive());
    String earlier = get("kadisdik", "/api/v1/dashboards/progress?year=2024", null).getBody();
    assertThat(JsonPath.<List<Integer>>read(earlier, "$.units[*].openTasks")).allMatch(n -> n == 0);

    // another organisation's head sees nothing of DISDIK
    String other = get("kadinkes", "/api/v1/dashboards/progress?year=2025", null).getBody();
    assertThat(JsonPath.<List<String>>read(other, "$.organisations[*].unitCode")).doesNotContain(ORGANISATION);
    assertThat(JsonPath.<List<String>>read(other, "$.units[*].unitCode")).noneMatch(c -> c.startsWith("DISDIK"));

    ResponseEntity<String> employee = get("fajar", "/api/v1/dashboards/progress?year=2025", null);
    assertThat(employee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemJson(employee);
    ResponseEntity<String> badYear = get("hr", "/api/v1/dashboards/progress?year=tahun", null);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badYear.getBody()).contains("Tahun 'tahun' tidak valid");
  }

  @Test
  void distributionAndRatersSideBySide() {
    annualCycle();
    String distribution = get("hr", "/api/v1/dashboards/distribution?year=2025", null).getBody();
    List<Map<String, Object>> rows = JsonPath.read(distribution,
        "$.organisations[?(@.organisationCode == 'DISDIK')]");
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get("organisationPredikat")).isEqualTo("BAIK");
      assertThat(row.get("curveStatus")).isEqualTo("IN_CURVE");
      assertThat(row.get("total")).isEqualTo(2);
      assertThat((Map<String, Object>) row.get("employees")).containsEntry("SANGAT_BAIK", 1)
          .containsEntry("BUTUH_PERBAIKAN", 1).containsEntry("BAIK", 0);
    });
    assertThat(JsonPath.<List<Object>>read(get("kadisdik", "/api/v1/dashboards/distribution?year=2025", null)
        .getBody(), "$.calibrations")).as("in curve: nothing calibrated").isEmpty();
    String otherHead = get("kadinkes", "/api/v1/dashboards/distribution?year=2025", null).getBody();
    assertThat(JsonPath.<List<String>>read(otherHead, "$.organisations[*].organisationCode"))
        .doesNotContain(ORGANISATION);

    String raters = get("kadisdik", "/api/v1/dashboards/raters?year=2025", null).getBody();
    assertThat(JsonPath.<List<String>>read(raters, "$.raters[*].rater")).containsExactly("kasi.kurikulum");
    assertThat(JsonPath.<Integer>read(raters, "$.raters[0].total")).isEqualTo(2);
    assertThat(JsonPath.<String>read(raters, "$.raters[0].shareSangatBaik")).isEqualTo("50,0%");
    assertThat(JsonPath.<List<String>>read(get("kadinkes", "/api/v1/dashboards/raters?year=2025", null).getBody(),
        "$.raters[*].rater")).doesNotContain("kasi.kurikulum");
  }

  @Test
  void bottlenecksFollowTheEngineHistory() {
    annualCycle();
    ResponseEntity<String> hr = get("hr", "/api/v1/dashboards/bottlenecks", null);
    assertThat(hr.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> completed = JsonPath.read(hr.getBody(),
        "$.completed[?(@.taskKey == 'PenilaianKinerja')]");
    assertThat(completed).singleElement().satisfies(row -> {
      assertThat(((Number) row.get("completed")).longValue()).isGreaterThanOrEqualTo(2);
      assertThat(row.get("processKey")).isEqualTo("evaluasi-kinerja");
      assertThat(row.get("p90Days")).isNotNull();
    });
    // kasi.kurikulum still has to draft their own SKP: an open "Susun SKP" in the seksi
    String head = get("kadisdik", "/api/v1/dashboards/bottlenecks", null).getBody();
    List<Map<String, Object>> open = JsonPath.read(head, "$.open[?(@.unitCode == '" + UNIT + "')]");
    assertThat(open).isNotEmpty();
    assertThat(JsonPath.<List<String>>read(head, "$.open[*].unitCode"))
        .allMatch(code -> code != null && code.startsWith("DISDIK"));
    assertThat(JsonPath.<List<String>>read(head, "$.slowestAssignees[*].unitCode"))
        .allMatch(code -> code.startsWith("DISDIK"));
    assertThat(get("budi", "/api/v1/dashboards/bottlenecks", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.TaskService taskService;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @Test
  void complaintsAnsweredInTimeAreCountedPerQuarter() {
    // three suggestions to Bidang GTK (no other test surveys it): one answered in time, one answered after its
    // deadline, one still open past it (the deadlines are moved back, as if five days had passed)
    Map<String, Object> answers = new java.util.HashMap<>();
    for (int i = 1; i <= 9; i++) {
      answers.put("U" + i, 3);
    }
    for (String text : List.of("Antrean terlalu panjang", "Ruang tunggu panas", "Formulir sulit dipahami")) {
      surveys.submit("DISDIK-GTK", new id.kinerja.survey.SurveySubmission(answers, null, text, null));
    }
    List<Long> ids = jdbc.queryForList("select c.id from complaint c join org_unit u on u.id = c.unit_id"
        + " where u.code = 'DISDIK-GTK' order by c.id", Long.class);
    assertThat(ids).hasSize(3);
    answer(ids.get(0));
    jdbc.update("update complaint set respond_by = ? where id in (?, ?)",
        java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofHours(1))), ids.get(1), ids.get(2));
    answer(ids.get(1));

    java.time.LocalDate today = java.time.LocalDate.now(clock);
    ResponseEntity<String> ikm = get("kadisdik", "/api/v1/dashboards/ikm?year=" + today.getYear(), null);
    assertThat(ikm.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> kur = JsonPath.read(ikm.getBody(), "$[?(@.unitCode == 'DISDIK-GTK')]");
    assertThat(kur).singleElement().satisfies(row -> {
      assertThat(row.get("quarter")).isEqualTo((today.getMonthValue() - 1) / 3 + 1);
      assertThat(row.get("respondents")).isEqualTo(3);
      assertThat(row.get("complaints")).isEqualTo(3);
      assertThat(row.get("complaintsAnswered")).isEqualTo(2);
      assertThat(row.get("complaintsAnsweredInTime")).isEqualTo(1);
      assertThat(row.get("complaintsOpenOverdue")).isEqualTo(1);
      assertThat(row.get("complaintsAnsweredInTimeShare")).isEqualTo("50,0%");
    });
    // the page shows the same figures; another OPD's head sees none of them
    id.kinerja.support.FromAddress browser = new id.kinerja.support.FromAddress("127.0.0.1", port);
    assertThat(browser.webappLogin("kadisdik", PASSWORD).status()).isEqualTo(200);
    id.kinerja.support.FromAddress.Response page = browser.get("/app/dasbor/ikm?year=" + today.getYear(), null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Dijawab tepat waktu").contains("1 dari 2 (50,0%)");
    assertThat(JsonPath.<List<Object>>read(get("kadinkes", "/api/v1/dashboards/ikm?year=" + today.getYear(), null)
        .getBody(), "$[?(@.unitCode == 'DISDIK-GTK')]")).isEmpty();
  }

  /**
   * Every dashboard page speaks English to a browser asking for it (Accept-Language: en) — headings, captions, table
   * headers, chart legends (data-series), the dashboard navigation — and Bahasa Indonesia by default. Only the
   * figures' own labels (steps, predikat, curve state) come from the reports and stay as they are.
   */
  @Test
  void dashboardPagesSpeakEnglishOnRequestAndIndonesianByDefault() {
    annualCycle();
    int thisYear = java.time.LocalDate.now(clock).getYear();
    // page, its English texts, the same texts in Bahasa Indonesia
    List<List<List<String>>> pages = List.of(
        List.of(List.of("/app/dasbor?year=2025"),
            List.of("Performance dashboards", "for the units you lead (HR: every unit)", "Cycle progress",
                "Spread of raters", "Yearly review of the appraisal method", "aria-label=\"Dashboards\""),
            List.of("Dasbor kinerja", "untuk unit yang Anda pimpin (Pengelola Kinerja: seluruh unit)",
                "Progres siklus", "Sebaran penilai", "Tinjauan tahunan metode penilaian", "aria-label=\"Dasbor\"")),
        List.of(List.of("/app/dasbor/progres?year=2025"),
            List.of("<h1>Cycle progress 2025</h1>", "Progress per organisation", "Progress per work unit",
                "data-series=\"Being drafted\"", "SKP not yet agreed", "Overdue tasks", ">Year</label>", ">Show</button>"),
            List.of("<h1>Progres siklus 2025</h1>", "Progres per organisasi", "Progres per unit kerja",
                "data-series=\"Disusun\"", "SKP belum disepakati", "Tugas terlambat", ">Tahun</label>",
                ">Tampilkan</button>")),
        List.of(List.of("/app/dasbor/distribusi?year=2025"),
            List.of("<h1>Predikat distribution 2025</h1>", "Organisation predikat, curve and employees",
                "data-series=\"Very good\">Very good</th>", "data-series=\"Needs improvement\"",
                "Calibrations and their reasons", "Change and reason"),
            List.of("<h1>Distribusi predikat 2025</h1>", "Predikat organisasi, kurva dan predikat pegawai",
                "data-series=\"Sangat Baik\">Sangat Baik</th>", "data-series=\"Butuh Perbaikan\"",
                "Kalibrasi dan alasannya", "Perubahan dan alasan")),
        List.of(List.of("/app/dasbor/ikm?year=" + thisYear),
            List.of("<h1>Public satisfaction (IKM) " + thisYear + "</h1>", "data-series=\"IKM score\"",
                "Answered in time", "Past the deadline, unanswered", "with complaints and elements U1–U9"),
            List.of("<h1>Kepuasan masyarakat (IKM) " + thisYear + "</h1>", "data-series=\"Nilai IKM\"",
                "Dijawab tepat waktu", "Lewat batas, belum dijawab", "dengan pengaduan dan unsur U1–U9")),
        List.of(List.of("/app/dasbor/tindak-lanjut?year=2025"),
            List.of("<h1>Follow-up 2025</h1>", "Coaching started this year, per status.", "data-label=\"Ongoing\"",
                "Referred to HR", "Rewards; incentive budget", "Value (Rp)"),
            List.of("<h1>Tindak lanjut 2025</h1>", "Pembinaan yang dimulai pada tahun ini per status.",
                "data-label=\"Berjalan\"", "Dilanjutkan ke Pengelola Kinerja", "Penghargaan; anggaran insentif",
                "Nilai (Rp)")),
        List.of(List.of("/app/dasbor/penilai?year=2025"),
            List.of("<h1>Spread of raters 2025</h1>", "Predikat per rater compared with the organisation",
                "data-label=\"All raters\"", "Share rated Very good", "Suggestion changed", "Upheld"),
            List.of("<h1>Sebaran penilai 2025</h1>", "Predikat per penilai dibanding organisasi",
                "data-label=\"Seluruh penilai\"", "Porsi Sangat Baik", "Ubah saran", "Dikabulkan")),
        List.of(List.of("/app/dasbor/tinjauan-tahunan?year=2025"),
            List.of("<h1>Yearly review of the appraisal method 2025</h1>", "Download the yearly review (PDF)",
                "Participation and distribution", "data-series=\"Very good\">VG</th>", "Distribution against the curve",
                "Raters, objections and coaching", "Coaching: ongoing", "Slowest process steps (last 365 days)",
                "Median (days)"),
            List.of("<h1>Tinjauan tahunan metode penilaian 2025</h1>", "Unduh PDF tinjauan tahunan",
                "Partisipasi dan distribusi", "data-series=\"Sangat Baik\">SB</th>", "Distribusi terhadap kurva",
                "Penilai, keberatan dan pembinaan", "Pembinaan: berjalan", "Tahapan proses paling lambat (365 hari terakhir)",
                "Median (hari)")));
    id.kinerja.support.FromAddress browser = new id.kinerja.support.FromAddress("127.0.0.1", port);
    assertThat(browser.webappLogin("hr", PASSWORD).status()).isEqualTo(200);
    for (List<List<String>> page : pages) {
      String path = page.get(0).get(0);
      id.kinerja.support.FromAddress.Response english = browser.send("GET", path, null, null, null,
          Map.of("Accept-Language", "en"));
      id.kinerja.support.FromAddress.Response indonesian = browser.get(path, null);
      assertThat(english.status()).as(path).isEqualTo(200);
      assertThat(indonesian.status()).as(path).isEqualTo(200);
      assertThat(english.body()).as(path + " in English").contains("lang=\"en\"").contains(page.get(1))
          .doesNotContain(page.get(2));
      assertThat(indonesian.body()).as(path + " by default").contains("lang=\"id\"").contains(page.get(2))
          .doesNotContain(page.get(1));
    }
    // the coaching rows, built per status, still show their counts
    assertThat(browser.get("/app/dasbor/tindak-lanjut?year=2025", null).body())
        .containsPattern("Berjalan</th><td>\\d+</td>").containsPattern("Membaik</th><td>\\d+</td>");
  }

  private void answer(long complaintId) {
    org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery()
        .processInstanceBusinessKey("pengaduan-" + complaintId).singleResult();
    taskService.complete(task.getId(), Map.of("tanggapan", "Terima kasih, sudah kami tindak lanjuti."));
  }

  @Test
  void ikmAndFollowUpAnswerForTheirScope() {
    // two responses to Bidang Pembinaan Sekolah Dasar (no other test surveys it) today: 36 and 27 points
    for (int answer : new int[] {4, 3}) {
      Map<String, Object> answers = new java.util.HashMap<>();
      for (int i = 1; i <= 9; i++) {
        answers.put("U" + i, answer);
      }
      surveys.submit("DISDIK-SD", new id.kinerja.survey.SurveySubmission(answers, null, null, null));
    }
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    int quarter = (today.getMonthValue() - 1) / 3 + 1;
    ResponseEntity<String> ikm = get("kadisdik", "/api/v1/dashboards/ikm?year=" + today.getYear(), null);
    assertThat(ikm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JsonPath.<List<String>>read(ikm.getBody(), "$[*].unitCode")).allMatch(c -> c.startsWith("DISDIK"));
    List<Map<String, Object>> sd = JsonPath.read(ikm.getBody(), "$[?(@.unitCode == 'DISDIK-SD')]");
    assertThat(sd).singleElement().satisfies(row -> {
      assertThat(row.get("quarter")).isEqualTo(quarter);
      assertThat(row.get("respondents")).isEqualTo(2);
      assertThat(row.get("ikmConverted")).isEqualTo(87.5); // 63 × 25 / 18
      assertThat(row.get("grade")).isEqualTo("B");
      assertThat((Map<String, Object>) row.get("nrr")).containsEntry("U1", 3.5).hasSize(9);
    });
    // the page prints the elements' NRR too (U1–U9, 3.5 each)
    id.kinerja.support.FromAddress browser = new id.kinerja.support.FromAddress("127.0.0.1", port);
    assertThat(browser.webappLogin("kadisdik", PASSWORD).status()).isEqualTo(200);
    assertThat(browser.get("/app/dasbor/ikm?year=" + today.getYear(), null).body())
        .containsPattern("(<td>3\\.50*</td>\\s*){9}");
    assertThat(JsonPath.<List<Object>>read(get("kadinkes", "/api/v1/dashboards/ikm?year=" + today.getYear(), null)
        .getBody(), "$[?(@.unitCode == 'DISDIK-SD')]")).isEmpty();
    ResponseEntity<String> followUp = get("hr", "/api/v1/dashboards/follow-up?year=2025", null);
    assertThat(followUp.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JsonPath.<Map<String, Object>>read(followUp.getBody(), "$.coaching")).containsKeys("OPEN", "IMPROVED",
        "ESCALATED");
    assertThat(JsonPath.<List<Object>>read(followUp.getBody(), "$.rewards")).isNotNull();
    assertThat(JsonPath.<Object>read(followUp.getBody(), "$.incentiveBudget")).isNotNull();
    assertThat(get("rina", "/api/v1/dashboards/ikm?year=2026", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("hr", "/api/v1/dashboards/follow-up", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
