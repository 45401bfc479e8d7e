package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Acting heads on a government of their own (ACT: Pemda → Dinas → Seksi with a vacant head post, two staff), so
 * that nothing of the demo's chart changes for other tests. The staff's SKP review waits with the head of the Dinas
 * (the next head up); a Plt. of the Seksi receives it at once, ending the Plt. gives it back.
 */
class ActingHeadIT extends PostgresIntegrationTest {

  private static final String ACTING = "/api/v1/units/ACT-SEKSI/acting-heads";
  private static final String PLT_NIP = "198201012008011083";

  @Autowired
  TaskService taskService;

  @Test
  void aPltOfAVacantSeksiReceivesItsPendingReviewAndGivesItBackWhenEnded() {
    buildTheActGovernment();
    int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    openCycle("\"year\":" + year + ",\"cadence\":\"ANNUAL\",\"unitCode\":\"ACT-SEKSI\"");
    long skp = ((Number) JsonPath.read(get("act.staf", "/api/v1/skp?year=" + year, null).getBody(), "$[0].id"))
        .longValue();
    assertThat(putJson("act.staf", "/api/v1/skp/" + skp, """
        {"rhk":[{"text":"Terselesaikannya surat masuk","type":"UTAMA","weight":100,"indicators":[
          {"text":"Surat diproses","aspect":"KUANTITAS","approach":"KUANTITATIF","target":100,"unit":"surat",
           "direction":"HIGHER_IS_BETTER"}]}]}""").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("act.staf", "/api/v1/skp/" + skp + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    Task review = awaitTask(taskService, "act.kadis", "TinjauSkp");
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/198901012015012081", null).getBody(),
        "$.supervisorSource")).isEqualTo("TREE");

    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    String inAMonth = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusMonths(1).toString();
    // a Plh. is for a post whose holder is away; this one is vacant
    ResponseEntity<String> plh = postJson("hr", ACTING, "{\"nip\":\"" + PLT_NIP + "\",\"kind\":\"PLH\",\"from\":\""
        + today + "\",\"to\":\"" + inAMonth + "\",\"decree\":\"800/12/2026\"}");
    assertThat(plh.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertProblemJson(plh);
    ResponseEntity<String> appointed = postJson("hr", ACTING, "{\"nip\":\"" + PLT_NIP + "\",\"kind\":\"PLT\","
        + "\"from\":\"" + today + "\",\"to\":\"" + inAMonth + "\",\"decree\":\"800/12/2026\"}");
    assertThat(appointed.getStatusCode()).as(appointed.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat((Boolean) JsonPath.read(appointed.getBody(), "$.validToday")).isTrue();
    long id = ((Number) JsonPath.read(appointed.getBody(), "$.id")).longValue();

    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("act.plt");
    String staff = get("hr", "/api/v1/employees/198901012015012081", null).getBody();
    assertThat((String) JsonPath.read(staff, "$.supervisorNip")).isEqualTo(PLT_NIP);
    assertThat((String) JsonPath.read(staff, "$.supervisorSource")).isEqualTo("ACTING");
    // the Plt. may review it now, through the same API
    assertThat(get("act.plt", "/api/v1/skp/" + skp, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    // a second appointment over the same dates
    assertThat(postJson("hr", ACTING, "{\"nip\":\"" + PLT_NIP + "\",\"kind\":\"PLT\",\"from\":\"" + today
        + "\",\"to\":\"" + inAMonth + "\",\"decree\":\"800/13/2026\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JsonPath.<List<Object>>read(get("hr", ACTING, null).getBody(), "$")).hasSize(1);

    assertThat(send("hr", HttpMethod.DELETE, ACTING + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
        .isEqualTo("act.kadis");
    assertThat((Boolean) JsonPath.read(get("hr", ACTING, null).getBody(), "$[0].endedEarly")).isTrue();
    assertThat(send("hr", HttpMethod.DELETE, ACTING + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // HR's correction names the analyst as atasan: the review follows, and back when the correction ends
    String correction = "/api/v1/employees/198901012015012081/reporting-line";
    ResponseEntity<String> corrected = putJson("hr", correction, "{\"supervisorNip\":\"" + PLT_NIP + "\","
        + "\"reason\":\"Diperbantukan pada analis sesuai surat tugas 800/20/2026\",\"validUntil\":\""
        + LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(20) + "\"}");
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((String) JsonPath.read(corrected.getBody(), "$.supervisorSource")).isEqualTo("CORRECTION");
    assertThat((String) JsonPath.read(corrected.getBody(), "$.supervisorNip")).isEqualTo(PLT_NIP);
    assertThat((String) JsonPath.read(corrected.getBody(), "$.seniorNip")).isEqualTo("197601012003011082");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("act.plt");
    assertThat(get("act.plt", "/api/v1/employees/198901012015012081", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    List<String> expiring = JsonPath.read(get("hr", "/api/v1/organisation/data-quality", null).getBody(),
        "$.correctionsExpiring.shown[*].nip");
    assertThat(expiring).contains("198901012015012081");
    assertThat(send("hr", HttpMethod.DELETE, correction, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
        .isEqualTo("act.kadis");
    assertThat(send("hr", HttpMethod.DELETE, correction, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void badCorrectionsAreRefusedWithEveryReasonAndOnlyHrMayCorrect() {
    buildTheActGovernment();
    String correction = "/api/v1/employees/198901012015012081/reporting-line";
    ResponseEntity<String> bad = putJson("hr", correction, "{\"supervisorNip\":\"198901012015012081\","
        + "\"seniorNip\":\"000\",\"reason\":\"\",\"validUntil\":\"2001-01-01\"}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(bad);
    List<String> fields = JsonPath.read(bad.getBody(), "$.errors[*].field");
    assertThat(fields).contains("supervisorNip", "seniorNip", "reason", "validUntil");
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/198901012015012081", null).getBody(),
        "$.supervisorSource")).isNotEqualTo("CORRECTION");
    assertThat(putJson("hr", "/api/v1/employees/199999999999999999/reporting-line", "{}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(putJson("act.kadis", correction, "{\"supervisorNip\":\"" + PLT_NIP + "\",\"reason\":\"x\","
        + "\"validUntil\":\"2026-12-31\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badAppointmentsAreRefusedWithEveryReasonAndOnlyHrMayAppoint() {
    buildTheActGovernment();
    ResponseEntity<String> bad = postJson("hr", ACTING,
        "{\"nip\":\"000\",\"kind\":\"PJS\",\"from\":\"2026-13-01\",\"to\":\"\",\"decree\":\"\"}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(bad);
    List<String> fields = JsonPath.read(bad.getBody(), "$.errors[*].field");
    assertThat(fields).contains("nip", "kind", "from", "to", "decree");
    assertThat(bad.getBody()).contains("Jenis 'PJS' tidak dikenal");
    assertThat(postJson("hr", "/api/v1/units/NOPE/acting-heads", "{}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(postJson("act.staf", ACTING, "{\"nip\":\"" + PLT_NIP + "\",\"kind\":\"PLT\",\"from\":\"2026-12-01\","
        + "\"to\":\"2026-12-31\",\"decree\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("act.staf", ACTING, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, ACTING, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void dataQualityListsTheVacantPostsAndTheHeadsSeeOnlyTheirSubtree() {
    buildTheActGovernment();
    String all = get("hr", "/api/v1/organisation/data-quality", null).getBody();
    // the demo's vacant post (Seksi Kelahiran dan Kematian) and this test's vacant Seksi
    List<String> vacant = JsonPath.read(all, "$.vacantHeadPosts.shown[*].unitCode");
    assertThat(vacant).contains("DISDUKCAPIL-CAPIL-LAHIR");
    assertThat(((Number) JsonPath.read(all, "$.vacantHeadPosts.count")).intValue()).isGreaterThanOrEqualTo(1);
    // the Sekda of ACT is the top: no supervisor
    List<String> noSupervisor = JsonPath.read(all, "$.noSupervisor.shown[*].nip");
    assertThat(noSupervisor).contains("197101012000011080");
    // a head sees their own subtree only
    String kadis = get("act.kadis", "/api/v1/organisation/data-quality", null).getBody();
    List<String> kadisUnits = JsonPath.read(kadis, "$.vacantHeadPosts.shown[*].unitCode");
    assertThat(kadisUnits).doesNotContain("DISDUKCAPIL-CAPIL-LAHIR");
    List<String> kadisPeople = JsonPath.read(kadis, "$.noSupervisor.shown[*].nip");
    assertThat(kadisPeople).doesNotContain("197101012000011080");
    assertThat(get("act.staf", "/api/v1/organisation/data-quality", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, "/api/v1/organisation/data-quality", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private synchronized void buildTheActGovernment() {
    ok(postCsv("hr", "/api/v1/units/import", """
        kode,nama,tingkat,induk_kode,zona_waktu
        ACT,Pemerintah Kabupaten Uji Pelaksana,PEMDA,,WITA
        ACT-DINAS,Dinas Uji Pelaksana,OPD,ACT,
        ACT-SEKSI,Seksi Uji Pelaksana,SEKSI,ACT-DINAS,
        """));
    ok(postCsv("hr", "/api/v1/positions/import", """
        kode,nama,jenis,unit_kode,kepala,formasi
        ACT-SEKDA,Sekretaris Daerah Uji Pelaksana,JPT,ACT,true,
        ACT-KADIS,Kepala Dinas Uji Pelaksana,JPT,ACT-DINAS,true,
        ACT-KASI,Kepala Seksi Uji Pelaksana,PENGAWAS,ACT-SEKSI,true,
        ACT-ANALIS,Analis Kebijakan,FUNGSIONAL,ACT-DINAS,false,
        ACT-STAF,Pengadministrasi Umum,PELAKSANA,ACT-SEKSI,false,
        """));
    ok(postCsv("hr", "/api/v1/employees/import", """
        nip,nama,jenis,unit_kode,jabatan_kode,email,username
        197101012000011080,Sekda Uji Pelaksana,PNS,ACT,ACT-SEKDA,act.sekda@x.go.id,act.sekda
        197601012003011082,Kadis Uji Pelaksana,PNS,ACT-DINAS,ACT-KADIS,act.kadis@x.go.id,act.kadis
        198201012008011083,Analis Calon Plt,PNS,ACT-DINAS,ACT-ANALIS,act.plt@x.go.id,act.plt
        198901012015012081,Staf Uji Pelaksana,PNS,ACT-SEKSI,ACT-STAF,act.staf@x.go.id,act.staf
        """));
    for (String username : List.of("act.sekda", "act.kadis", "act.plt", "act.staf")) {
      org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(username).singleResult();
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
  }

  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  private static void ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }
}
