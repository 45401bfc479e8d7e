package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Units, positions and employees imported as a region would (issue 16). Every test imports into new units under a
 * Pemda root of its own (IT16, not LAMSEL: cycles opened for LAMSEL by other tests must not meet these employees)
 * and new positions: the demo organisation stays as it is.
 */
class OrganisationImportIT extends PostgresIntegrationTest {

  private static final String UNITS = "/api/v1/units/import";
  private static final String POSITIONS = "/api/v1/positions/import";
  private static final String EMPLOYEES = "/api/v1/employees/import";
  private static final String EMPLOYEE_HEADER = "nip,nama,jenis,unit_kode,jabatan_kode,email,pangkat,golongan,status\n";

  @Autowired
  Employees employees;

  @Autowired
  OrgUnits units;

  @Autowired
  Positions positions;

  /** The test Pemda root; importing it again changes nothing. */
  private void ensureTestRoot() {
    ResponseEntity<String> root = postCsv("hr", UNITS, "kode,nama,tingkat,induk_kode,zona_waktu\n"
        + "IT16,Pemerintah Kabupaten Uji Integrasi,PEMDA,,WIB\n");
    assertThat(root.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aNewOpdWithNursesSharingOneFunctionalPositionUpToItsFormasi() {
    ensureTestRoot();
    // children before parents: any order
    ResponseEntity<String> unitsResponse = postCsv("hr", UNITS, """
        kode,nama,tingkat,induk_kode,populasi_layanan
        IT16A-SEKSI,Seksi Pelayanan Uji,SEKSI,IT16A-BID,1500
        IT16A,Dinas Uji Coba,OPD,IT16,
        IT16A-BID,Bidang Pelayanan Uji,BIDANG,IT16A,
        """);
    assertThat(unitsResponse.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Integer) JsonPath.read(unitsResponse.getBody(), "$.created")).isEqualTo(3);
    assertThat(units.findByCode("IT16A-SEKSI").orElseThrow().getServicePopulation()).isEqualTo(1500);

    ResponseEntity<String> positionsResponse = postCsv("hr", POSITIONS, """
        kode,nama,jenis,unit_kode,kepala,formasi
        IT16A-KADIS,Kepala Dinas Uji Coba,JPT,IT16A,true,
        IT16A-PERAWAT,Perawat Ahli Pertama,FUNGSIONAL,IT16A-SEKSI,false,2
        IT16A-PENGADM,Pengadministrasi Umum,PELAKSANA,IT16A-SEKSI,tidak,
        """);
    assertThat(positionsResponse.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(positions.findByCode("IT16A-PERAWAT").orElseThrow().getFormasi()).isEqualTo(2);

    ResponseEntity<String> staff = postCsv("hr", EMPLOYEES, EMPLOYEE_HEADER
        + "198901012014011001,Kepala Uji,PNS,IT16A,IT16A-KADIS,kadis.uji@x.go.id,Pembina Utama Muda,IV/c,AKTIF\n"
        + "198902022014012001,Perawat Satu,PNS,IT16A-SEKSI,IT16A-PERAWAT,p1@x.go.id,Penata Muda,iii/a,\n"
        + "198903032014012002,Perawat Dua,PPPK,IT16A-SEKSI,IT16A-PERAWAT,p2@x.go.id,,IX,AKTIF\n"
        + "198904042014011003,Pelaksana Satu,PNS,IT16A-SEKSI,IT16A-PENGADM,a1@x.go.id,,II/a,\n"
        + "198905052014011004,Pelaksana Dua,PNS,IT16A-SEKSI,IT16A-PENGADM,a2@x.go.id,,II/b,TUGAS_BELAJAR\n");

    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Integer) JsonPath.read(staff.getBody(), "$.created")).isEqualTo(5);
    Employee nurseOne = employees.findByNip("198902022014012001").orElseThrow();
    Employee nurseTwo = employees.findByNip("198903032014012002").orElseThrow();
    assertThat(nurseOne.getPosition().getCode()).isEqualTo("IT16A-PERAWAT");
    assertThat(nurseTwo.getPosition().getCode()).isEqualTo("IT16A-PERAWAT");
    assertThat(nurseOne.getGolongan()).isEqualTo("III/a");
    assertThat(nurseOne.getPangkat()).isEqualTo("Penata Muda");
    assertThat(nurseTwo.getGolongan()).isEqualTo("IX");
    Employee onLeave = employees.findByNip("198905052014011004").orElseThrow();
    assertThat(onLeave.getStatus()).isEqualTo(EmployeeStatus.TUGAS_BELAJAR);
    assertThat(onLeave.isActive()).isFalse();
    // the tree still resolves: seksi and bidang have no head, so the kepala dinas supervises the nurses
    ResponseEntity<String> view = get("hr", "/api/v1/employees/198902022014012001", null);
    assertThat((String) JsonPath.read(view.getBody(), "$.supervisorNip")).isEqualTo("198901012014011001");
    assertThat((String) JsonPath.read(view.getBody(), "$.golongan")).isEqualTo("III/a");
    assertThat((String) JsonPath.read(view.getBody(), "$.pangkat")).isEqualTo("Penata Muda");
    assertThat((String) JsonPath.read(view.getBody(), "$.status")).isEqualTo("AKTIF");

    // the same file twice changes nothing new
    ResponseEntity<String> again = postCsv("hr", POSITIONS, """
        kode,nama,jenis,unit_kode,kepala,formasi
        IT16A-PERAWAT,Perawat Ahli Pertama,FUNGSIONAL,IT16A-SEKSI,false,2
        """);
    assertThat((Integer) JsonPath.read(again.getBody(), "$.created")).isZero();

    // a third nurse exceeds the formasi of 2; a second kepala dinas is refused
    ResponseEntity<String> refused = postCsv("hr", EMPLOYEES, EMPLOYEE_HEADER
        + "198906062014012005,Perawat Tiga,PNS,IT16A-SEKSI,IT16A-PERAWAT,p3@x.go.id,,,\n"
        + "198907072014011006,Kepala Kedua,PNS,IT16A,IT16A-KADIS,k2@x.go.id,,,\n");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(refused);
    List<Integer> rows = JsonPath.read(refused.getBody(), "$.errors[*].row");
    assertThat(rows).containsExactly(2, 3);
    List<String> messages = JsonPath.read(refused.getBody(), "$.errors[*].message");
    assertThat(messages.get(0)).contains("Formasi jabatan IT16A-PERAWAT adalah 2");
    assertThat(messages.get(1)).contains("sedang dijabat oleh pegawai NIP 198901012014011001");
    assertThat(employees.findByNipIn(List.of("198906062014012005", "198907072014011006"))).isEmpty();

    // a formasi below the active holders is refused; the pelaksana on tugas belajar takes no seat, so 1 fits;
    // a held position does not move to another unit
    ResponseEntity<String> formasiDown = postCsv("hr", POSITIONS, """
        kode,nama,jenis,unit_kode,kepala,formasi
        IT16A-PERAWAT,Perawat Ahli Pertama,FUNGSIONAL,IT16A-SEKSI,false,1
        IT16A-PENGADM,Pengadministrasi Umum,PELAKSANA,IT16A-SEKSI,false,1
        IT16A-PENGADM,Pengadministrasi Umum,PELAKSANA,IT16A,false,
        """);
    assertThat(formasiDown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> keys = JsonPath.read(formasiDown.getBody(), "$.errors[*].message");
    assertThat(JsonPath.<List<Integer>>read(formasiDown.getBody(), "$.errors[*].row")).containsExactly(2, 4, 4);
    assertThat(keys.get(0)).contains("lebih kecil dari jumlah pemangku aktif (2)");
    assertThat(keys.get(2)).contains("sedang dijabat 1 pegawai aktif");
    assertThat(positions.findByCode("IT16A-PERAWAT").orElseThrow().getFormasi()).isEqualTo(2);
  }

  @Test
  void everyBadUnitAndPositionRowIsListedAndNothingStored() {
    ResponseEntity<String> badUnits = postCsv("hr", UNITS, """
        kode,nama,tingkat,induk_kode,zona_waktu
        IT16E,Dinas Baik,OPD,LAMSEL,
        IT16E-X,Bidang Yatim,BIDANG,TIDAK-ADA,
        IT16E-Y,Seksi Salah,KECAMATAN,IT16E,
        IT16E-Z,Bidang Berzona,BIDANG,IT16E,WITA
        IT16E,Dinas Kembar,OPD,LAMSEL,
        IT16E-R,Pemda Berinduk,PEMDA,LAMSEL,
        IT16E-O,OPD di bawah bidang,OPD,IT16E-Z,
        """);

    assertThat(badUnits.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(badUnits);
    assertThat(JsonPath.<List<Integer>>read(badUnits.getBody(), "$.errors[*].row")).containsExactly(3, 4, 5, 6, 7, 8);
    assertThat(JsonPath.<List<String>>read(badUnits.getBody(), "$.errors[*].field"))
        .containsExactly("induk_kode", "tingkat", "zona_waktu", "kode", "induk_kode", "induk_kode");
    assertThat((String) JsonPath.read(badUnits.getBody(), "$.detail")).contains("6 baris tidak valid");
    assertThat(units.findByCode("IT16E")).isEmpty();

    ResponseEntity<String> badPositions = postCsv("hr", POSITIONS, """
        kode,nama,jenis,unit_kode,kepala,formasi
        IT16E-P1,Perawat Kepala,FUNGSIONAL,DINKES,true,
        IT16E-P2,Kepala Dinas Kedua,JPT,DINKES,true,
        IT16E-P3,Pengadministrasi,PELAKSANA,DINKES,false,nol
        IT16E-P4,Entah,STAF,TIDAK-ADA,mungkin,
        """);

    assertThat(badPositions.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<List<Integer>>read(badPositions.getBody(), "$.errors[*].row"))
        .containsExactly(2, 2, 3, 4, 5, 5, 5);
    assertThat(badPositions.getBody()).contains("DINKES-KADIS"); // the head post DINKES already has
    assertThat(positions.findByCode("IT16E-P3")).isEmpty();
  }

  @Test
  void aPemdaRootOfItsOwnCarriesItsTimeZone() {
    ResponseEntity<String> created = postCsv("hr", UNITS, """
        kode,nama,tingkat,induk_kode,zona_waktu
        IT16B,Pemerintah Kota Uji Timur,PEMDA,,WITA
        IT16B-DINAS,Dinas Uji Timur,OPD,IT16B,
        """);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(units.findByCode("IT16B").orElseThrow().getTimeZone()).contains(ZoneId.of("Asia/Makassar"));
    assertThat(units.findByCode("IT16B-DINAS").orElseThrow().getTimeZone()).isEmpty();

    ResponseEntity<String> unknownZone = postCsv("hr", UNITS, """
        kode,nama,tingkat,induk_kode,zona_waktu
        IT16B,Pemerintah Kota Uji Timur,PEMDA,,Mars/Olympus
        """);
    assertThat(unknownZone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(unknownZone.getBody(), "$.errors[0].field")).isEqualTo("zona_waktu");
    assertThat(units.findByCode("IT16B").orElseThrow().getTimeZone()).contains(ZoneId.of("Asia/Makassar"));
  }

  @Test
  void anXlsxFileImportsLikeItsCsvTwin() {
    ensureTestRoot();
    String unitsCsv = "kode,nama,tingkat,induk_kode\nIT16C,Badan Uji XLSX,OPD,IT16\nIT16D,Badan Uji CSV,OPD,IT16\n";
    assertThat(postXlsx("hr", UNITS, Xlsx.ofCsv(unitsCsv.replace("IT16D,Badan Uji CSV,OPD,IT16\n", "")))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postCsv("hr", UNITS, unitsCsv.replace("IT16C,Badan Uji XLSX,OPD,IT16\n", "")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String positionsCsv = "kode,nama,jenis,unit_kode,kepala,formasi\n"
        + "IT16C-ANALIS,Analis SDM Aparatur,FUNGSIONAL,IT16C,false,3\n";
    assertThat(postXlsx("hr", POSITIONS, Xlsx.ofCsv(positionsCsv)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postCsv("hr", POSITIONS, positionsCsv.replace("IT16C", "IT16D")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String employeesCsv = EMPLOYEE_HEADER
        + "198908082015011001,Analis Satu,PNS,IT16C,IT16C-ANALIS,an1@x.go.id,Penata,III/c,AKTIF\n"
        + "198909092015012002,Analis Dua,PPPK,IT16C,IT16C-ANALIS,an2@x.go.id,,IX,AKTIF\n";

    ResponseEntity<String> fromXlsx = postXlsx("hr", EMPLOYEES, Xlsx.ofCsv(employeesCsv));
    ResponseEntity<String> fromCsv = postCsv("hr", EMPLOYEES,
        employeesCsv.replace("IT16C", "IT16D").replace("an1@", "cn1@").replace("an2@", "cn2@")
            .replace("198908082015011001", "198908082015011011").replace("198909092015012002", "198909092015012012"));

    assertThat(fromXlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fromCsv.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String count : List.of("$.rows", "$.created", "$.updated", "$.unchanged")) {
      assertThat((Integer) JsonPath.read(fromXlsx.getBody(), count)).isEqualTo(JsonPath.read(fromCsv.getBody(), count));
    }
    Employee viaXlsx = employees.findByNip("198908082015011001").orElseThrow();
    Employee viaCsv = employees.findByNip("198908082015011011").orElseThrow();
    for (Employee e : List.of(viaXlsx, viaCsv)) {
      assertThat(e.getGolongan()).isEqualTo("III/c");
      assertThat(e.getPangkat()).isEqualTo("Penata");
      assertThat(e.getStatus()).isEqualTo(EmployeeStatus.AKTIF);
    }
    assertThat(viaXlsx.getPosition().getCode()).isEqualTo("IT16C-ANALIS");

    // a NIP typed as a number in Excel has lost digits: refused at its cell, nothing stored
    byte[] numericNip = Xlsx.of(List.of(
        List.of("nip", "nama", "jenis", "unit_kode", "jabatan_kode", "email"),
        List.of(198910102015011003L, "Angka", "PNS", "IT16C", "", "angka@x.go.id")));
    ResponseEntity<String> refused = postXlsx("hr", EMPLOYEES, numericNip);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<List<String>>read(refused.getBody(), "$.errors[*].field")).contains("nip");
    assertThat(JsonPath.<List<Integer>>read(refused.getBody(), "$.errors[*].row")).containsOnly(2);

    ResponseEntity<String> notXlsx = postXlsx("hr", UNITS, "kode,nama\n".getBytes(StandardCharsets.UTF_8));
    assertThat(notXlsx.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(notXlsx);
  }

  @Test
  void aDryRunAnswersThePlanAndStoresNothing() {
    ensureTestRoot();
    String unit = "kode,nama,tingkat,induk_kode\nIT16H,Dinas Rencana,OPD,IT16\n";
    ResponseEntity<String> planned = postCsv("hr", UNITS + "?dryRun=true", unit);
    assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Boolean) JsonPath.read(planned.getBody(), "$.dryRun")).isTrue();
    assertThat(JsonPath.<List<String>>read(planned.getBody(), "$.added")).containsExactly("IT16H");
    assertThat(units.findByCode("IT16H")).isEmpty();
    assertThat(postCsv("hr", UNITS, unit).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> renamed = postCsv("hr", UNITS + "?dryRun=true", unit.replace("Rencana", "Perencanaan"));
    assertThat((String) JsonPath.read(renamed.getBody(), "$.changed[0].key")).isEqualTo("IT16H");
    assertThat((String) JsonPath.read(renamed.getBody(), "$.changed[0].fields[0].field")).isEqualTo("nama");
    assertThat((String) JsonPath.read(renamed.getBody(), "$.changed[0].fields[0].from")).isEqualTo("Dinas Rencana");
    assertThat((String) JsonPath.read(renamed.getBody(), "$.changed[0].fields[0].to")).isEqualTo("Dinas Perencanaan");
    assertThat(units.findByCode("IT16H").orElseThrow().getName()).isEqualTo("Dinas Rencana");
    ResponseEntity<String> position = postCsv("hr", POSITIONS + "?dryRun=true",
        "kode,nama,jenis,unit_kode,kepala\nIT16H-STAF,Pengadministrasi,PELAKSANA,IT16H,false\n");
    assertThat((Integer) JsonPath.read(position.getBody(), "$.created")).isEqualTo(1);
    assertThat(positions.findByCode("IT16H-STAF")).isEmpty();

    String header = "nip,nama,jenis,unit_kode,jabatan_kode,email\n";
    String stayer = "198911112016011001,Tetap Ada,PNS,IT16H,,tetap@x.go.id\n";
    String leaver = "198912122016012002,Tidak Dicantumkan,PNS,IT16H,,pergi@x.go.id\n";
    assertThat(postCsv("hr", EMPLOYEES, header + stayer + leaver).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> full = postCsv("hr", EMPLOYEES + "?dryRun=true&mode=full", header
        + stayer.replace("tetap@", "tetap.baru@") + "198910102016011003,Pegawai Baru,PPPK,IT16H,,baru@x.go.id\n");

    assertThat(full.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JsonPath.<List<String>>read(full.getBody(), "$.added")).containsExactly("198910102016011003");
    assertThat((String) JsonPath.read(full.getBody(), "$.changed[0].fields[0].field")).isEqualTo("email");
    assertThat(JsonPath.<List<String>>read(full.getBody(), "$.missing")).contains("198912122016012002")
        .doesNotContain("198911112016011001", "198910102016011003", "196806051993041001");
    assertThat(employees.findByNip("198910102016011003")).isEmpty();
    assertThat(employees.findByNip("198911112016011001").orElseThrow().getEmail()).isEqualTo("tetap@x.go.id");
    assertThat(employees.findByNip("198912122016012002").orElseThrow().isActive()).isTrue();

    // the same file twice: the second time changes nothing
    ResponseEntity<String> again = postCsv("hr", EMPLOYEES, header + stayer + leaver);
    assertThat((Integer) JsonPath.read(again.getBody(), "$.unchanged")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(again.getBody(), "$.updated")).isZero();
    assertThat(postCsv("hr", EMPLOYEES + "?mode=sebagian", header + stayer).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void onlyHrMayImportUnitsAndPositions() {
    String unitsCsv = "kode,nama,tingkat,induk_kode\nIT16F,Dinas Terlarang,OPD,LAMSEL\n";
    String positionsCsv = "kode,nama,jenis,unit_kode,kepala\nIT16F-P,Pelaksana,PELAKSANA,DINKES,false\n";

    assertThat(postCsv("budi", UNITS, unitsCsv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postCsv("kadisdik", POSITIONS, positionsCsv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postXlsx("budi", EMPLOYEES, Xlsx.ofCsv("nip,nama\n1,2")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postCsv(null, UNITS, unitsCsv).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(postCsv(null, POSITIONS, positionsCsv).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(units.findByCode("IT16F")).isEmpty();
    assertThat(positions.findByCode("IT16F-P")).isEmpty();
  }

  @Test
  void refusalsAreInEnglishOnRequestAndBytesMustBeUtf8() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<String> english = as("hr").exchange(UNITS, HttpMethod.POST, new HttpEntity<>(
        "kode,nama,tingkat,induk_kode,zona_waktu\nIT16G,Dinas,OPD,LAMSEL,WIT\n", headers), String.class);

    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) JsonPath.read(english.getBody(), "$.errors[0].message"))
        .isEqualTo("Only a PEMDA unit has a time zone.");

    byte[] latin1 = "kode,nama,tingkat,induk_kode\nIT16G,Dinas Kesehatan Hewan dan Peternakan \u00e9,OPD,LAMSEL\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    HttpHeaders csv = new HttpHeaders();
    csv.setContentType(MediaType.parseMediaType("text/csv"));
    ResponseEntity<String> notUtf8 = as("hr").exchange(UNITS, HttpMethod.POST, new HttpEntity<>(latin1, csv),
        String.class);
    assertThat(notUtf8.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(units.findByCode("IT16G")).isEmpty();
  }

  private ResponseEntity<String> postXlsx(String username, String path, byte[] xlsx) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(ImportTable.XLSX));
    TestRestTemplate client = username == null ? http : as(username);
    return client.exchange(path, HttpMethod.POST, new HttpEntity<>(xlsx, headers), String.class);
  }
}
