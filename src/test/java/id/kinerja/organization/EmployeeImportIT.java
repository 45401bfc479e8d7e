package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.common.AuditLog;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class EmployeeImportIT extends PostgresIntegrationTest {

  private static final String HEADER = "nip,nama,jenis,unit_kode,jabatan_kode,email\n";
  private static final String IMPORT = "/api/v1/employees/import";

  @Autowired
  Employees employees;

  @Autowired
  AuditLog auditLog;

  @Autowired
  IdentityService identityService;

  @Test
  void oneBadNipRejectsTheWholeFileAndNamesTheRow() {
    String csv = HEADER
        + "199101012016031001,Andi Wijaya,PNS,DINKES-YANKES-PRIMER,,andi@lampungselatankab.go.id\n"
        + "199113012016031002,Bad Nip,PNS,DINKES-YANKES-PRIMER,,bad@lampungselatankab.go.id\n"
        + "199103032016032003,Citra Dewi,PPPK,DINKES-YANKES-PRIMER,,citra@lampungselatankab.go.id\n";

    ResponseEntity<String> response = postCsv("hr", IMPORT, csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(response);
    List<Integer> rows = JsonPath.read(response.getBody(), "$.errors[*].row");
    assertThat(rows).containsExactly(3);
    assertThat((String) JsonPath.read(response.getBody(), "$.errors[0].field")).isEqualTo("nip");
    assertThat((String) JsonPath.read(response.getBody(), "$.errors[0].message")).contains("199113012016031002");
    assertThat(employees.findByNipIn(List.of("199101012016031001", "199113012016031002", "199103032016032003")))
        .isEmpty();
  }

  @Test
  void everyBadRowIsListedWithItsReason() {
    String holderOfKasiPrimer = "196902141994012004";
    String csv = HEADER
        + "199201012017031001,,PNS,DINKES-YANKES-PRIMER,,a@x.go.id\n"                          // no name
        + "199201012017031002,Dua,PNS-X,DINKES-YANKES-PRIMER,,b@x.go.id\n"                     // bad type
        + "199201012017031003,Tiga,PNS,TIDAK-ADA,,c@x.go.id\n"                                // unknown unit
        + "199201012017031004,Empat,PNS,DINKES-YANKES-PRIMER,TIDAK-ADA,d@x.go.id\n"           // unknown position
        + "199201012017031005,Lima,PNS,DISDIK,DINKES-YANKES-PRIMER-KASI,e@x.go.id\n"          // position of other unit
        + "199201012017031006,Enam,PNS,DINKES-YANKES-PRIMER,DINKES-YANKES-PRIMER-KASI,f@x.go.id\n" // held by Ratna
        + "199201012017031007,Tujuh,PNS,DINKES-YANKES-PRIMER,,bukan-email\n"                 // bad e-mail
        + "199201012017031007,Delapan,PNS,DINKES-YANKES-PRIMER,,h@x.go.id\n";                // duplicate NIP

    ResponseEntity<String> response = postCsv("hr", IMPORT, csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Integer> rows = JsonPath.read(response.getBody(), "$.errors[*].row");
    List<String> fields = JsonPath.read(response.getBody(), "$.errors[*].field");
    // row 6: position of another unit, and held; row 7: the same position again, and held
    assertThat(rows).containsExactly(2, 3, 4, 5, 6, 6, 7, 7, 8, 9);
    assertThat(fields).containsExactly("nama", "jenis", "unit_kode", "jabatan_kode", "jabatan_kode",
        "jabatan_kode", "jabatan_kode", "jabatan_kode", "email", "nip");
    assertThat(response.getBody()).contains(holderOfKasiPrimer);
    assertThat(employees.findByNip("199201012017031001")).isEmpty();
  }

  @Test
  void aValidFileCreatesAndUpdatesEmployeesAndIsAudited() {
    String csv = HEADER
        + "199304042018031001,Eko Saputra,PNS,DINKES-P2P-IMUN,,eko@lampungselatankab.go.id\n"
        + "199405052019032002,\"Fitri Handayani, S.K.M.\",PPPK,DINKES-P2P-IMUN,,fitri@lampungselatankab.go.id\n";
    long auditsBefore = auditLog.findByActionOrderByOccurredAtDesc("EMPLOYEES_IMPORTED").size();

    ResponseEntity<String> created = postCsv("hr", IMPORT, csv);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Integer) JsonPath.read(created.getBody(), "$.created")).isEqualTo(2);
    Employee fitri = employees.findByNip("199405052019032002").orElseThrow();
    assertThat(fitri.getName()).isEqualTo("Fitri Handayani, S.K.M.");
    assertThat(fitri.getType()).isEqualTo(EmployeeType.PPPK);
    assertThat(fitri.getUsername()).isEqualTo("199405052019032002");
    assertThat(identityService.createUserQuery().userId("199405052019032002").count()).isEqualTo(1);
    // both new employees get a login in the employees' group (in one batch transaction since issue 21)
    assertThat(identityService.createUserQuery().memberOfGroup("pegawai")
        .userIdIn("199304042018031001", "199405052019032002").count()).isEqualTo(2);

    ResponseEntity<String> updated = postCsv("hr", IMPORT,
        HEADER + "199304042018031001,Eko Saputra Jaya,PNS,DINKES-P2P,,eko.jaya@lampungselatankab.go.id\n");

    assertThat((Integer) JsonPath.read(updated.getBody(), "$.updated")).isEqualTo(1);
    Employee eko = employees.findByNip("199304042018031001").orElseThrow();
    assertThat(eko.getName()).isEqualTo("Eko Saputra Jaya");
    assertThat(eko.getUnit().getCode()).isEqualTo("DINKES-P2P");
    assertThat(auditLog.findByActionOrderByOccurredAtDesc("EMPLOYEES_IMPORTED")).hasSize((int) auditsBefore + 2)
        .first().satisfies(entry -> assertThat(entry.getActor()).isEqualTo("hr"));
  }

  @Test
  void aWrongHeaderOrAnEmptyFileIsRefused() {
    ResponseEntity<String> wrongHeader = postCsv("hr", IMPORT, "nip,nama\n199304042018031001,X\n");
    ResponseEntity<String> empty = postCsv("hr", IMPORT, HEADER);
    ResponseEntity<String> broken = postCsv("hr", IMPORT, HEADER + "\"199304042018031001,X,PNS\n");

    assertThat(wrongHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(wrongHeader.getBody(), "$.detail")).contains("unit_kode");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void onlyHrMayImport() {
    String csv = HEADER + "199506062020031001,Gilang,PNS,DISDIK,,gilang@lampungselatankab.go.id\n";

    assertThat(postCsv("kadisdik", IMPORT, csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postCsv(null, IMPORT, csv).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(employees.findByNip("199506062020031001")).isEmpty();
  }
}
