package id.kinerja.supervisorreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code koreksi-atasan} end to end on a government of its own (KOR: Pemda → Dinas → Seksi, a staff member and an
 * analyst): only the employee themself reports, HR's Tasklist form is refused with its reasons while incomplete or
 * naming an unknown NIP, a correction through the form changes the line like the API does, a rejection changes
 * nothing; the employee is notified both times and sees their reports.
 */
class SupervisorReportIT extends PostgresIntegrationTest {

  private static final String STAFF = "199201012017011095";
  private static final String ANALYST = "198301012009011096";
  private static final String REPORTS = "/api/v1/employees/" + STAFF + "/reporting-line/reports";

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  HistoryService historyService;

  @Autowired
  SupervisorReports reports;

  @Test
  void theEmployeeReportsHrCorrectsThroughTheFormOrRejectsAndTheEmployeeIsToldEitherWay() {
    buildTheKorGovernment();
    assertThat(postJson("kor.kasi", REPORTS, "{\"message\":\"Atasan pegawai ini keliru\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson("hr", REPORTS, "{\"message\":\"Atasan pegawai ini keliru\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postJson(null, REPORTS, "{\"message\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> empty = postJson("kor.staf", REPORTS, "{\"message\":\"  \"}");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(empty);
    assertThat((String) JsonPath.read(empty.getBody(), "$.errors[0].field")).isEqualTo("message");
    assertThat(postJson("kor.staf", REPORTS, "{\"message\":\"x\",\"extra\":1}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postJson("kor.staf", "/api/v1/employees/199999999999999999/reporting-line/reports",
        "{\"message\":\"x\"}").getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);

    ResponseEntity<String> reported = postJson("kor.staf", REPORTS,
        "{\"message\":\"Saya diperbantukan pada analis sejak Oktober, bukan pada kepala seksi.\"}");
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(postJson("kor.staf", REPORTS, "{\"message\":\"Sekali lagi\"}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    Task decide = taskService.createTaskQuery().processInstanceBusinessKey("koreksi-atasan-" + STAFF)
        .taskDefinitionKey(KoreksiAtasanVariables.TASK_DECIDE).taskCandidateGroup("hr").singleResult();
    assertThat(decide).isNotNull();
    assertThat((String) taskService.getVariableLocal(decide.getId(), KoreksiAtasanVariables.FORM_REPORT))
        .contains("diperbantukan pada analis");
    assertThat((String) taskService.getVariableLocal(decide.getId(), KoreksiAtasanVariables.FORM_CURRENT_LINE))
        .contains("Kasi Uji Koreksi");

    // incomplete, then an unknown NIP: refused with the reasons, the task stays, nothing is corrected
    ResponseEntity<String> incomplete = submit(decide, "\"keputusan\":{\"value\":\"KOREKSI\"},"
        + "\"alasan\":{\"value\":\"Sesuai surat tugas\"}");
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(incomplete.getBody(), "$.message")).contains("NIP atasan langsung");
    String inAMonth = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(30).toString();
    ResponseEntity<String> unknown = submit(decide, "\"keputusan\":{\"value\":\"KOREKSI\"},"
        + "\"atasanNip\":{\"value\":\"000000000000000000\"},\"berlakuSampai\":{\"value\":\"" + inAMonth + "\"},"
        + "\"alasan\":{\"value\":\"Sesuai surat tugas\"}");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taskService.createTaskQuery().taskId(decide.getId()).count()).isOne();
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.supervisorSource"))
        .isEqualTo("TREE");

    ResponseEntity<String> corrected = submit(decide, "\"keputusan\":{\"value\":\"KOREKSI\"},"
        + "\"atasanNip\":{\"value\":\"" + ANALYST + "\"},\"berlakuSampai\":{\"value\":\"" + inAMonth + "\"},"
        + "\"alasan\":{\"value\":\"Diperbantukan sesuai surat tugas 800/40/2026\"}");
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    String staff = get("hr", "/api/v1/employees/" + STAFF, null).getBody();
    assertThat((String) JsonPath.read(staff, "$.supervisorSource")).isEqualTo("CORRECTION");
    assertThat((String) JsonPath.read(staff, "$.supervisorNip")).isEqualTo(ANALYST);
    assertThat(JsonPath.<List<String>>read(get("kor.staf", "/api/v1/notifications", null).getBody(),
        "$[*].subject")).anyMatch(s -> s.contains("atasan dikoreksi"));

    // a second report, rejected: nothing changes, the employee is told why
    assertThat(postJson("kor.staf", REPORTS, "{\"message\":\"Senior saya juga keliru\"}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Task second = taskService.createTaskQuery().processInstanceBusinessKey("koreksi-atasan-" + STAFF)
        .taskDefinitionKey(KoreksiAtasanVariables.TASK_DECIDE).singleResult();
    assertThat(submit(second, "\"keputusan\":{\"value\":\"TOLAK\"},\"alasan\":{\"value\":\"Senior sudah sesuai "
        + "struktur\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.supervisorNip"))
        .isEqualTo(ANALYST);
    assertThat(JsonPath.<List<String>>read(get("kor.staf", "/api/v1/notifications", null).getBody(),
        "$[*].subject")).anyMatch(s -> s.contains("ditolak"));
    List<SupervisorReports.ReportView> mine = reports.mine(new id.kinerja.security.KinerjaUser("kor.staf",
        java.util.Set.of(id.kinerja.security.Role.EMPLOYEE)));
    assertThat(mine).extracting(SupervisorReports.ReportView::state).containsExactly("TOLAK", "KOREKSI");
    assertThat(mine.get(0).reason()).isEqualTo("Senior sudah sesuai struktur");
    // only HR decides: the staff member cannot complete HR's task
    assertThat(postJson("kor.staf", REPORTS, "{\"message\":\"Tiga\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task third = taskService.createTaskQuery().processInstanceBusinessKey("koreksi-atasan-" + STAFF)
        .taskDefinitionKey(KoreksiAtasanVariables.TASK_DECIDE).singleResult();
    assertThat(postJson("kor.staf", "/engine-rest/task/" + third.getId() + "/submit-form", "{\"variables\":{"
        + "\"keputusan\":{\"value\":\"TOLAK\"},\"alasan\":{\"value\":\"x\"}}}").getStatusCode().is2xxSuccessful())
        .isFalse();
    assertThat(taskService.createTaskQuery().taskId(third.getId()).count()).isOne();
  }

  private ResponseEntity<String> submit(Task task, String variables) {
    return postJson("hr", "/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\":{" + variables + "}}");
  }

  private synchronized void buildTheKorGovernment() {
    ok(postCsv("hr", "/api/v1/units/import", """
        kode,nama,tingkat,induk_kode,zona_waktu
        KOR,Pemerintah Kabupaten Uji Koreksi,PEMDA,,WIT
        KOR-DINAS,Dinas Uji Koreksi,OPD,KOR,
        KOR-SEKSI,Seksi Uji Koreksi,SEKSI,KOR-DINAS,
        """));
    ok(postCsv("hr", "/api/v1/positions/import", """
        kode,nama,jenis,unit_kode,kepala,formasi
        KOR-KADIS,Kepala Dinas Uji Koreksi,JPT,KOR-DINAS,true,
        KOR-KASI,Kepala Seksi Uji Koreksi,PENGAWAS,KOR-SEKSI,true,
        KOR-ANALIS,Analis Uji Koreksi,FUNGSIONAL,KOR-DINAS,false,
        KOR-STAF,Pengadministrasi Uji Koreksi,PELAKSANA,KOR-SEKSI,false,
        """));
    ok(postCsv("hr", "/api/v1/employees/import", """
        nip,nama,jenis,unit_kode,jabatan_kode,email,username
        197301012001011097,Kadis Uji Koreksi,PNS,KOR-DINAS,KOR-KADIS,kor.kadis@x.go.id,kor.kadis
        197701012004011098,Kasi Uji Koreksi,PNS,KOR-SEKSI,KOR-KASI,kor.kasi@x.go.id,kor.kasi
        198301012009011096,Analis Uji Koreksi,PNS,KOR-DINAS,KOR-ANALIS,kor.analis@x.go.id,kor.analis
        199201012017011095,Staf Uji Koreksi,PNS,KOR-SEKSI,KOR-STAF,kor.staf@x.go.id,kor.staf
        """));
    for (String username : List.of("kor.kadis", "kor.kasi", "kor.analis", "kor.staf")) {
      org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(username).singleResult();
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
  }

  private static void ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }
}
