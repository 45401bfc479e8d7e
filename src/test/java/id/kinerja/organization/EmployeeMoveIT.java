package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Moves on a government of their own (MOV: Pemda → Dinas → Seksi A and Seksi B, one staff member, one on unpaid
 * leave), this year, cycle on MOV-DINAS. A transfer dated tomorrow leaves the staff member's pending review with the
 * old head until the daily job applies it; a retirement of the new head dated today gives the review to the next
 * head up and the retiree's own tasks to HR; an employee back from leave gets SKP planning in the open cycle; a Plt.
 * appointed from tomorrow receives the review only when the day's chart changes are followed.
 */
class EmployeeMoveIT extends PostgresIntegrationTest {

  private static final String STAFF = "199001012015011093";
  private static final String KASI_B = "197901012006011092";
  private static final String ON_LEAVE = "199101012016011094";
  private static final String KADIS = "197201012000011090";
  private static boolean built;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  MoveSchedule schedule;

  @Autowired
  DailyChartChanges chartChanges;

  @Test
  void movesApplyOnTheirDateAndTheOpenTasksFollowThePeopleWhoHoldTheRolesThen() {
    buildTheMovGovernment();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    LocalDate tomorrow = today.plusDays(1);
    openCycle("\"year\":" + today.getYear() + ",\"cadence\":\"ANNUAL\",\"unitCode\":\"MOV-DINAS\"");
    long skp = ((Number) JsonPath.read(get("mov.staf", "/api/v1/skp?year=" + today.getYear(), null).getBody(),
        "$[0].id")).longValue();
    assertThat(putJson("mov.staf", "/api/v1/skp/" + skp, """
        {"rhk":[{"text":"Terselesaikannya arsip","type":"UTAMA","weight":100,"indicators":[
          {"text":"Arsip ditata","aspect":"KUANTITAS","approach":"KUANTITATIF","target":100,"unit":"berkas",
           "direction":"HIGHER_IS_BETTER"}]}]}""").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("mov.staf", "/api/v1/skp/" + skp + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    Task review = awaitTask(taskService, "mov.kasia", "TinjauSkp");

    // a transfer dated tomorrow waits: the review stays with the head of Seksi A today
    ResponseEntity<String> transfer = postJson("hr", "/api/v1/employees/" + STAFF + "/moves", "{\"kind\":\"MUTASI\","
        + "\"effectiveDate\":\"" + tomorrow + "\",\"unitCode\":\"MOV-SEKSI-B\",\"positionCode\":\"MOV-STAF-B\","
        + "\"reason\":\"SK Bupati 821/15/2026\"}");
    assertThat(transfer.getStatusCode()).as(transfer.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) JsonPath.read(transfer.getBody(), "$.state")).isEqualTo("PENDING");
    assertThat(assignee(review)).isEqualTo("mov.kasia");
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.unitCode"))
        .isEqualTo("MOV-SEKSI-A");
    // one waiting move per employee
    assertThat(postJson("hr", "/api/v1/employees/" + STAFF + "/moves", "{\"kind\":\"PROMOSI\",\"effectiveDate\":\""
        + tomorrow + "\",\"unitCode\":\"MOV-SEKSI-B\",\"positionCode\":\"MOV-STAF-B\",\"reason\":\"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(schedule.run(today)).isZero();
    assertThat(assignee(review)).isEqualTo("mov.kasia");

    // the daily job on its date applies it once, whichever node and however often it runs
    assertThat(schedule.run(tomorrow)).isEqualTo(1);
    assertThat(schedule.run(tomorrow)).isZero();
    assertThat(assignee(review)).isEqualTo("mov.kasib");
    String staff = get("hr", "/api/v1/employees/" + STAFF, null).getBody();
    assertThat((String) JsonPath.read(staff, "$.unitCode")).isEqualTo("MOV-SEKSI-B");
    assertThat((String) JsonPath.read(staff, "$.supervisorNip")).isEqualTo(KASI_B);
    String history = get("hr", "/api/v1/employees/" + STAFF + "/moves", null).getBody();
    assertThat(JsonPath.<List<Object>>read(history, "$")).hasSize(1);
    assertThat((String) JsonPath.read(history, "$[0].state")).isEqualTo("APPLIED");
    assertThat((String) JsonPath.read(history, "$[0].fromUnitCode")).isEqualTo("MOV-SEKSI-A");
    assertThat((String) JsonPath.read(history, "$[0].fromPositionCode")).isEqualTo("MOV-STAF-A");
    assertThat((Integer) JsonPath.read(history, "$[0].tasksMoved")).isEqualTo(1);
    long applied = ((Number) JsonPath.read(history, "$[0].id")).longValue();
    assertThat(send("hr", HttpMethod.DELETE, "/api/v1/employees/" + STAFF + "/moves/" + applied, null)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // the new head retires today: the review goes up to the Kadis, the retiree's own SKP task to HR
    Task ownDraft = awaitTask(taskService, "mov.kasib", "SusunSkp");
    ResponseEntity<String> retired = postJson("hr", "/api/v1/employees/" + KASI_B + "/moves", "{\"kind\":\"PENSIUN\","
        + "\"effectiveDate\":\"" + today + "\",\"reason\":\"Batas usia pensiun, SK 882/3/2026\"}");
    assertThat(retired.getStatusCode()).as(retired.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) JsonPath.read(retired.getBody(), "$.state")).isEqualTo("APPLIED");
    assertThat(assignee(review)).isEqualTo("mov.kadis");
    assertThat(assignee(ownDraft)).isNull();
    assertThat(taskService.createTaskQuery().taskId(ownDraft.getId()).taskCandidateGroup("hr").count()).isOne();
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.supervisorNip"))
        .isEqualTo(KADIS);

    // back from unpaid leave into Seksi A: SKP planning starts in the open cycle
    ResponseEntity<String> back = postJson("hr", "/api/v1/employees/" + ON_LEAVE + "/moves", "{\"kind\":"
        + "\"AKTIF_KEMBALI\",\"effectiveDate\":\"" + today + "\",\"unitCode\":\"MOV-SEKSI-A\","
        + "\"positionCode\":\"MOV-STAF-A\",\"reason\":\"Selesai cuti di luar tanggungan negara\"}");
    assertThat(back.getStatusCode()).as(back.getBody()).isEqualTo(HttpStatus.CREATED);
    awaitTask(taskService, "mov.cuti", "SusunSkp");

    // a Plt. of Seksi B from tomorrow: nothing moves today, the review moves when tomorrow's changes are followed
    ResponseEntity<String> plt = postJson("hr", "/api/v1/units/MOV-SEKSI-B/acting-heads", "{\"nip\":\"" + ON_LEAVE
        + "\",\"kind\":\"PLT\",\"from\":\"" + tomorrow + "\",\"to\":\"" + today.plusDays(30)
        + "\",\"decree\":\"800/31/2026\"}");
    assertThat(plt.getStatusCode()).as(plt.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(assignee(review)).isEqualTo("mov.kadis");
    assertThat(chartChanges.follow(today, tomorrow)).isEqualTo(1);
    assertThat(assignee(review)).isEqualTo("mov.cuti");
    assertThat(chartChanges.follow(today, tomorrow)).isZero();
  }

  @Test
  void badMovesAreRefusedWithEveryReasonNothingIsStoredAndOnlyHrMayMove() {
    buildTheMovGovernment();
    String moves = "/api/v1/employees/" + KADIS + "/moves";
    ResponseEntity<String> bad = postJson("hr", moves,
        "{\"kind\":\"PINDAH\",\"effectiveDate\":\"2026-13-01\",\"unitCode\":\"\",\"positionCode\":\"\",\"reason\":\"\"}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(bad);
    assertThat(JsonPath.<List<String>>read(bad.getBody(), "$.errors[*].field"))
        .contains("kind", "effectiveDate", "reason");
    assertThat(bad.getBody()).contains("Jenis 'PINDAH' tidak dikenal");
    ResponseEntity<String> english = as("hr").exchange(moves, HttpMethod.POST, new org.springframework.http.HttpEntity<>(
        "{\"kind\":\"PINDAH\"}", jsonIn("en")), String.class);
    assertThat(english.getBody()).contains("Unknown kind 'PINDAH'");

    ResponseEntity<String> noPlace = postJson("hr", moves, "{\"kind\":\"MUTASI\",\"effectiveDate\":\""
        + LocalDate.now(ZoneId.of("Asia/Jakarta")) + "\",\"reason\":\"SK\"}");
    assertThat(noPlace.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<List<String>>read(noPlace.getBody(), "$.errors[*].field")).contains("unitCode", "positionCode");
    ResponseEntity<String> elsewhere = postJson("hr", moves, "{\"kind\":\"MUTASI\",\"effectiveDate\":\""
        + LocalDate.now(ZoneId.of("Asia/Jakarta")) + "\",\"unitCode\":\"MOV-SEKSI-A\",\"positionCode\":\"MOV-STAF-B\","
        + "\"reason\":\"SK\"}");
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(elsewhere.getBody()).contains("MOV-STAF-B");
    ResponseEntity<String> retireWithUnit = postJson("hr", moves, "{\"kind\":\"PENSIUN\",\"effectiveDate\":\""
        + LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(40) + "\",\"unitCode\":\"MOV-SEKSI-A\",\"reason\":\"SK\"}");
    assertThat(retireWithUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postJson("hr", moves, "{\"kind\":\"PENSIUN\",\"extra\":1}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<List<Object>>read(get("hr", moves, null).getBody(), "$")).isEmpty();
    assertThat(postJson("hr", "/api/v1/employees/199999999999999999/moves", "{}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // a retirement far ahead waits, can be cancelled once
    ResponseEntity<String> later = postJson("hr", moves, "{\"kind\":\"PENSIUN\",\"effectiveDate\":\""
        + LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(200) + "\",\"reason\":\"Batas usia pensiun\"}");
    assertThat(later.getStatusCode()).as(later.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) JsonPath.read(later.getBody(), "$.id")).longValue();
    assertThat(send("hr", HttpMethod.DELETE, moves + "/" + id, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(send("hr", HttpMethod.DELETE, moves + "/" + id, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(send("hr", HttpMethod.DELETE, moves + "/" + (id + 100_000), null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) JsonPath.read(get("hr", moves, null).getBody(), "$[0].state")).isEqualTo("CANCELLED");

    // only HR
    assertThat(postJson("mov.kadis", moves, "{\"kind\":\"PENSIUN\",\"effectiveDate\":\"2026-12-31\","
        + "\"reason\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("mov.kadis", moves, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("mov.kadis", HttpMethod.DELETE, moves + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, moves, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String assignee(Task task) {
    return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }

  private static org.springframework.http.HttpHeaders jsonIn(String language) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    headers.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, language);
    return headers;
  }

  /** Once per run: a second import would undo the moves of the other test. */
  private synchronized void buildTheMovGovernment() {
    if (built) {
      return;
    }
    ok(postCsv("hr", "/api/v1/units/import", """
        kode,nama,tingkat,induk_kode,zona_waktu
        MOV,Pemerintah Kabupaten Uji Mutasi,PEMDA,,WIB
        MOV-DINAS,Dinas Uji Mutasi,OPD,MOV,
        MOV-SEKSI-A,Seksi A Uji Mutasi,SEKSI,MOV-DINAS,
        MOV-SEKSI-B,Seksi B Uji Mutasi,SEKSI,MOV-DINAS,
        """));
    ok(postCsv("hr", "/api/v1/positions/import", """
        kode,nama,jenis,unit_kode,kepala,formasi
        MOV-KADIS,Kepala Dinas Uji Mutasi,JPT,MOV-DINAS,true,
        MOV-KASI-A,Kepala Seksi A Uji Mutasi,PENGAWAS,MOV-SEKSI-A,true,
        MOV-KASI-B,Kepala Seksi B Uji Mutasi,PENGAWAS,MOV-SEKSI-B,true,
        MOV-STAF-A,Pengadministrasi Umum A,PELAKSANA,MOV-SEKSI-A,false,
        MOV-STAF-B,Pengadministrasi Umum B,PELAKSANA,MOV-SEKSI-B,false,
        """));
    ok(postCsv("hr", "/api/v1/employees/import", """
        nip,nama,jenis,unit_kode,jabatan_kode,email,username,status
        197201012000011090,Kadis Uji Mutasi,PNS,MOV-DINAS,MOV-KADIS,mov.kadis@x.go.id,mov.kadis,AKTIF
        197801012005011091,Kasi A Uji Mutasi,PNS,MOV-SEKSI-A,MOV-KASI-A,mov.kasia@x.go.id,mov.kasia,AKTIF
        197901012006011092,Kasi B Uji Mutasi,PNS,MOV-SEKSI-B,MOV-KASI-B,mov.kasib@x.go.id,mov.kasib,AKTIF
        199001012015011093,Staf Uji Mutasi,PNS,MOV-SEKSI-A,MOV-STAF-A,mov.staf@x.go.id,mov.staf,AKTIF
        199101012016011094,Staf Cuti Uji Mutasi,PNS,MOV-SEKSI-B,MOV-STAF-B,mov.cuti@x.go.id,mov.cuti,CUTI_DILUAR_TANGGUNGAN_NEGARA
        """));
    for (String username : List.of("mov.kadis", "mov.kasia", "mov.kasib", "mov.staf", "mov.cuti")) {
      org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(username).singleResult();
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    built = true;
  }

  private static void ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }
}
