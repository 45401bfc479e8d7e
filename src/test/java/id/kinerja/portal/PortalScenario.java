package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The portal's own small government, this year, so that "today" pages have data without meeting other tests'
 * cycles: Pemda PRT (head prt.sekda) → Dinas PRT-DINAS (head prt.kadis) → Seksi PRT-SEKSI (head prt.kasi; staff
 * prt.ani and prt.budi), loaded with the organisation import; a quarterly cycle of PRT-SEKSI for the current year;
 * ani's SKP agreed by prt.kasi, budi's still a draft. Built once in the shared context, for whichever portal test
 * asks first; tests add only their own entries.
 */
abstract class PortalScenario extends PostgresIntegrationTest {

  static final String EMPLOYEE = "prt.ani";
  static final String COLLEAGUE = "prt.budi";
  static final String SUPERVISOR = "prt.kasi";
  static final String HEAD = "prt.kadis";

  record Scenario(long cycleId, long aniSkpId, long budiSkpId, List<Integer> aniIndicators) {
  }

  private static Scenario scenario;
  private static Long publishedEvaluation;

  @Autowired
  org.camunda.bpm.engine.TaskService taskService;

  @Autowired
  org.camunda.bpm.engine.FormService forms;

  @Autowired
  IdentityService identityService;

  @LocalServerPort
  int port;

  PortalSession portal(String username) {
    return PortalSession.loggedIn(port, username, PASSWORD);
  }

  synchronized Scenario scenario() {
    if (scenario == null) {
      scenario = build();
    }
    return scenario;
  }

  /**
   * Ani's Q1 evaluation, published (self-evaluation, prt.kasi's assessment, prt.kadis's approval): its objection
   * window is open. Q1 has no realisation (the entries are dated today), so the assessment gives its reason.
   */
  synchronized long publishedEvaluation() {
    if (publishedEvaluation == null) {
      Scenario s = scenario();
      assertThat(postJson("hr", "/api/v1/cycles/" + s.cycleId() + "/evaluations", "{\"period\":\"Q1\"}")
          .getStatusCode().is2xxSuccessful()).isTrue();
      org.camunda.bpm.engine.task.Task self = awaitTask(taskService, EMPLOYEE, "EvaluasiDiri");
      forms.submitTaskForm(self.getId(), java.util.Map.of("evaluasiDiri",
          "[{\"rhk\":\"Layanan\",\"penilaian\":\"SESUAI_EKSPEKTASI\"}]"));
      java.util.Map<String, Object> assessment = new java.util.HashMap<>();
      assessment.put("ratingHasilKerja", "SESUAI_EKSPEKTASI");
      assessment.put("ratingPerilakuKerja", "SESUAI_EKSPEKTASI");
      assessment.put("alasanPerubahan", "Triwulan I belum ada isian; dinilai dari laporan bulanan");
      for (id.kinerja.planning.CoreValue value : id.kinerja.planning.CoreValue.values()) {
        assessment.put(value.field(), "SESUAI_EKSPEKTASI");
      }
      assessment.put("catatan", "Pertahankan ketertiban arsip");
      forms.submitTaskForm(awaitTask(taskService, SUPERVISOR, "PenilaianKinerja").getId(), assessment);
      forms.submitTaskForm(awaitTask(taskService, HEAD, "PersetujuanAkhir").getId(),
          java.util.Map.of("keputusan", "APPROVE"));
      List<Integer> ids = JsonPath.read(get(EMPLOYEE, "/api/v1/evaluations?year=" + year(), null).getBody(),
          "$[?(@.periodCode == 'Q1' && @.status == 'PUBLISHED')].id");
      assertThat(ids).hasSize(1);
      publishedEvaluation = ids.get(0).longValue();
    }
    return publishedEvaluation;
  }

  static int year() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();
  }

  private Scenario build() {
    int year = year();
    ok(postCsv("hr", "/api/v1/units/import", """
        kode,nama,tingkat,induk_kode,zona_waktu
        PRT,Pemerintah Kabupaten Uji Portal,PEMDA,,WIB
        PRT-DINAS,Dinas Uji Portal,OPD,PRT,
        PRT-SEKSI,Seksi Layanan Uji Portal,SEKSI,PRT-DINAS,
        """));
    ok(postCsv("hr", "/api/v1/positions/import", """
        kode,nama,jenis,unit_kode,kepala,formasi
        PRT-SEKDA,Sekretaris Daerah Uji,JPT,PRT,true,
        PRT-KADIS,Kepala Dinas Uji Portal,JPT,PRT-DINAS,true,
        PRT-KASI,Kepala Seksi Layanan Uji,PENGAWAS,PRT-SEKSI,true,
        PRT-STAF,Pengadministrasi Layanan,PELAKSANA,PRT-SEKSI,false,3
        """));
    ok(postCsv("hr", "/api/v1/employees/import", """
        nip,nama,jenis,unit_kode,jabatan_kode,email,username,pangkat,golongan
        197001012000011091,Sekda Uji Portal,PNS,PRT,PRT-SEKDA,prt.sekda@x.go.id,prt.sekda,Pembina Utama,IV/e
        197501012003011092,Kadis Uji Portal,PNS,PRT-DINAS,PRT-KADIS,prt.kadis@x.go.id,prt.kadis,Pembina,IV/a
        198001012006012093,Kasi Uji Portal,PNS,PRT-SEKSI,PRT-KASI,prt.kasi@x.go.id,prt.kasi,Penata,III/c
        199001012015012094,Ani Lestari,PNS,PRT-SEKSI,PRT-STAF,prt.ani@x.go.id,prt.ani,Pengatur,II/c
        199201012016011095,Budi Hartono,PNS,PRT-SEKSI,PRT-STAF,prt.budi@x.go.id,prt.budi,Pengatur,II/c
        """));
    for (String username : List.of("prt.sekda", HEAD, SUPERVISOR, EMPLOYEE, COLLEAGUE)) {
      User user = identityService.createUserQuery().userId(username).singleResult();
      assertThat(user).as("login of imported " + username).isNotNull();
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    // the portal's objection page is shown on a Q1 result: this cycle offers objection after periodic results
    long cycleId = openCycle("\"year\":" + year + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"PRT-SEKSI\","
        + "\"periodicFollowUp\":true");
    long ani = skpOf(EMPLOYEE, year);
    long budi = skpOf(COLLEAGUE, year);
    String content = """
        {"rhk":[
          {"text":"Terlayaninya permohonan layanan uji tepat waktu","type":"UTAMA","weight":80,"indicators":[
            {"text":"Permohonan diselesaikan","aspect":"KUANTITAS","approach":"KUANTITATIF","target":240,
             "unit":"berkas","direction":"HIGHER_IS_BETTER"},
            {"text":"Laporan layanan bulanan","aspect":"KUALITAS","approach":"KUALITATIF"}]},
          {"text":"Tertibnya arsip layanan","type":"TAMBAHAN","weight":20,"indicators":[
            {"text":"Arsip tertata","aspect":"KUANTITAS","approach":"KUANTITATIF","target":12,"unit":"map",
             "direction":"HIGHER_IS_BETTER"}]}]}""";
    ok(putJson(EMPLOYEE, "/api/v1/skp/" + ani, content));
    ok(postJson(EMPLOYEE, "/api/v1/skp/" + ani + "/submit", ""));
    ok(postJson(SUPERVISOR, "/api/v1/skp/" + ani + "/review", "{\"decision\":\"APPROVE\"}"));
    List<Integer> indicators = JsonPath.read(get(EMPLOYEE, "/api/v1/skp/" + ani, null).getBody(),
        "$.rhk[*].indicators[*].id");
    return new Scenario(cycleId, ani, budi, indicators);
  }

  private long skpOf(String username, int year) {
    List<Integer> ids = JsonPath.read(get(username, "/api/v1/skp?year=" + year, null).getBody(),
        "$[?(@.revision == 0)].id");
    assertThat(ids).as("SKP of " + username).hasSize(1);
    return ids.get(0).longValue();
  }

  private static void ok(org.springframework.http.ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }
}
