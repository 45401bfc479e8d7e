package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * HR's organisation pages and the employee's "Atasan saya" on a government of their own (PGS: Pemda → Dinas → Seksi
 * with a vacant head post, a staff member and an analyst): each form stores through its service, a bad one is shown
 * again with its reasons (status of the refusal) and stores nothing, and only HR reaches HR's pages.
 */
class HrOrganisationPagesIT extends PostgresIntegrationTest {

  private static final String STAFF = "199301012018011071";
  private static final String ANALYST = "198401012010011072";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  id.kinerja.cycle.process.CycleStartForm cycleStartForm;

  @Test
  void hrRecordsAndCancelsAMoveAndABadMoveIsShownWithItsReasons() {
    build();
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    assertThat(hr.get("/app/hr").body()).contains("/app/hr/mutasi", "/app/hr/kualitas-data");
    HttpResponse<String> page = hr.get("/app/hr/mutasi");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Mutasi pegawai", "Pensiun");

    HttpResponse<String> bad = hr.post("/app/hr/mutasi", Map.of("nip", ANALYST, "jenis", "MUTASI", "tanggal", "",
        "unit", "", "jabatan", "", "alasan", ""));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Tanggal berlaku (TMT) wajib diisi", "Unit tujuan wajib diisi",
        "Alasan atau nomor SK wajib diisi");
    assertThat(JsonPath.<List<Object>>read(get("hr", "/api/v1/employees/" + ANALYST + "/moves", null).getBody(), "$"))
        .isEmpty();

    String later = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(120).toString();
    HttpResponse<String> saved = hr.post("/app/hr/mutasi", Map.of("nip", ANALYST, "jenis", "PENSIUN", "tanggal",
        later, "unit", "", "jabatan", "", "alasan", "Batas usia pensiun, SK 882/9/2026"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/app/hr/mutasi?tersimpan");
    String listed = hr.get("/app/hr/mutasi?tersimpan").body();
    assertThat(listed).contains("Tersimpan.", ANALYST, later);
    long id = ((Number) JsonPath.read(get("hr", "/api/v1/employees/" + ANALYST + "/moves", null).getBody(),
        "$[0].id")).longValue();
    assertThat(hr.post("/app/hr/mutasi/" + ANALYST + "/" + id + "/batal", Map.of()).statusCode()).isEqualTo(302);
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + ANALYST + "/moves", null).getBody(),
        "$[0].state")).isEqualTo("CANCELLED");
    HttpResponse<String> again = hr.post("/app/hr/mutasi/" + ANALYST + "/" + id + "/batal", Map.of());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("tidak dapat dibatalkan");
  }

  @Test
  void hrAppointsAndEndsAnActingHeadAndCorrectsAndRestoresAnAtasanOnTheirPages() {
    build();
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    String inAMonth = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(30).toString();
    assertThat(hr.get("/app/hr/pelaksana").statusCode()).isEqualTo(200);
    HttpResponse<String> bad = hr.post("/app/hr/pelaksana", Map.of("unit", "PGS-SEKSI", "nip", "", "jenis", "PLT",
        "mulai", "", "sampai", "", "sk", ""));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("NIP pegawai yang ditunjuk wajib diisi", "Nomor surat perintah wajib diisi");
    HttpResponse<String> appointed = hr.post("/app/hr/pelaksana", Map.of("unit", "PGS-SEKSI", "nip", ANALYST,
        "jenis", "PLT", "mulai", today, "sampai", inAMonth, "sk", "800/50/2026"));
    assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(302);
    assertThat(hr.get("/app/hr/pelaksana?tersimpan").body()).contains("PGS-SEKSI", "800/50/2026");
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.supervisorSource"))
        .isEqualTo("ACTING");
    long id = ((Number) JsonPath.read(get("hr", "/api/v1/units/PGS-SEKSI/acting-heads", null).getBody(),
        "$[0].id")).longValue();
    assertThat(hr.post("/app/hr/pelaksana/PGS-SEKSI/" + id + "/akhiri", Map.of()).statusCode()).isEqualTo(302);
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.supervisorSource"))
        .isEqualTo("TREE");

    assertThat(hr.get("/app/hr/koreksi").statusCode()).isEqualTo(200);
    HttpResponse<String> badCorrection = hr.post("/app/hr/koreksi", Map.of("nip", STAFF, "atasan", STAFF,
        "atasanPenilai", "", "sampai", "2001-01-01", "alasan", ""));
    assertThat(badCorrection.statusCode()).isEqualTo(400);
    assertThat(badCorrection.body()).contains("tidak dapat menjadi atasannya sendiri", "Alasan koreksi wajib diisi");
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.supervisorSource"))
        .isEqualTo("TREE");
    HttpResponse<String> corrected = hr.post("/app/hr/koreksi", Map.of("nip", STAFF, "atasan", ANALYST,
        "atasanPenilai", "", "sampai", inAMonth, "alasan", "Diperbantukan pada analis"));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
    assertThat(hr.get("/app/hr/koreksi").body()).contains("Diperbantukan pada analis", inAMonth);
    assertThat(hr.get("/app/hr/kualitas-data").body()).contains("Kualitas data organisasi", "PGS-SEKSI");
    // the Kadis has nobody above (PGS has no head): opening a cycle of PGS-DINAS warns first, PGS-SEKSI does not
    String options = cycleStartForm.unitOptions();
    assertThat(JsonPath.<List<String>>read(options, "$[?(@.value == 'PGS-DINAS')].label").get(0))
        .contains("PERINGATAN: 1 pegawai tanpa pejabat penilai");
    assertThat(JsonPath.<List<String>>read(options, "$[?(@.value == 'PGS-SEKSI')].label"))
        .containsExactly("Seksi Uji Portal Organisasi (PGS-SEKSI)");
    assertThat(hr.post("/app/hr/koreksi/" + STAFF + "/akhiri", Map.of()).statusCode()).isEqualTo(302);
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.supervisorSource"))
        .isEqualTo("TREE");
  }

  @Test
  void anEmployeeSeesTheirAtasanAndReportsItWrongButNotHrsPages() {
    build();
    PortalSession staff = PortalSession.loggedIn(port, "pgs.staf", PASSWORD);
    HttpResponse<String> page = staff.get("/app/atasan");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Kadis Uji Portal", "Struktur organisasi");
    HttpResponse<String> empty = staff.post("/app/atasan", Map.of("pesan", " "));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Uraian laporan wajib diisi");
    HttpResponse<String> sent = staff.post("/app/atasan", Map.of("pesan", "Saya bekerja untuk analis sejak Juni."));
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(staff.get("/app/atasan?terkirim").body()).contains("Laporan terkirim", "Sedang diproses",
        "Saya bekerja untuk analis sejak Juni.");

    for (String path : List.of("/app/hr/mutasi", "/app/hr/pelaksana", "/app/hr/koreksi", "/app/hr/kualitas-data")) {
      assertThat(staff.get(path).statusCode()).as(path).isEqualTo(403);
    }
    assertThat(staff.post("/app/hr/koreksi", Map.of("nip", STAFF, "atasan", ANALYST, "sampai", "2026-12-31",
        "alasan", "x")).statusCode()).isEqualTo(403);
    assertThat((String) JsonPath.read(get("hr", "/api/v1/employees/" + STAFF, null).getBody(), "$.supervisorSource"))
        .isEqualTo("TREE");
  }

  private synchronized void build() {
    ok(postCsv("hr", "/api/v1/units/import", """
        kode,nama,tingkat,induk_kode,zona_waktu
        PGS,Pemerintah Kabupaten Uji Portal Organisasi,PEMDA,,WIB
        PGS-DINAS,Dinas Uji Portal Organisasi,OPD,PGS,
        PGS-SEKSI,Seksi Uji Portal Organisasi,SEKSI,PGS-DINAS,
        """));
    ok(postCsv("hr", "/api/v1/positions/import", """
        kode,nama,jenis,unit_kode,kepala,formasi
        PGS-KADIS,Kepala Dinas Uji Portal,JPT,PGS-DINAS,true,
        PGS-KASI,Kepala Seksi Uji Portal,PENGAWAS,PGS-SEKSI,true,
        PGS-ANALIS,Analis Uji Portal,FUNGSIONAL,PGS-DINAS,false,
        PGS-STAF,Pengadministrasi Uji Portal,PELAKSANA,PGS-SEKSI,false,
        """));
    ok(postCsv("hr", "/api/v1/employees/import", """
        nip,nama,jenis,unit_kode,jabatan_kode,email,username
        197401012002011073,Kadis Uji Portal,PNS,PGS-DINAS,PGS-KADIS,pgs.kadis@x.go.id,pgs.kadis
        198401012010011072,Analis Uji Portal,PNS,PGS-DINAS,PGS-ANALIS,pgs.analis@x.go.id,pgs.analis
        199301012018011071,Staf Uji Portal,PNS,PGS-SEKSI,PGS-STAF,pgs.staf@x.go.id,pgs.staf
        """));
    for (String username : List.of("pgs.kadis", "pgs.analis", "pgs.staf")) {
      org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(username).singleResult();
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
  }

  private static void ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }
}
