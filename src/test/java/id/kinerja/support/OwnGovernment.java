package id.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A small government of a test's own, imported through the API as HR would (docs/testing.md: a test that opens a
 * cycle builds one, so that nobody else's figures move): Pemda {@code CODE} → Dinas {@code CODE-DINAS} (its Kadis) →
 * Seksi {@code CODE-SEKSI} (its Kasi and one staff member), each with a login ({@code code.kadis}, {@code code.kasi},
 * {@code code.staf}) and the demo password.
 */
public record OwnGovernment(String code, String kadis, String kasi, String staf) {

  public String seksi() {
    return code + "-SEKSI";
  }

  /** Imports it (the same files twice change nothing, so a second call is harmless). NIPs must be unused. */
  public static OwnGovernment build(PostgresIntegrationTest test, IdentityService identity, String code,
      String kadisNip, String kasiNip, String stafNip) {
    String user = code.toLowerCase(Locale.ROOT);
    ok(test.postCsv("hr", "/api/v1/units/import", """
        kode,nama,tingkat,induk_kode,zona_waktu
        %1$s,Pemerintah Kabupaten Uji %1$s,PEMDA,,WIB
        %1$s-DINAS,Dinas Uji %1$s,OPD,%1$s,
        %1$s-SEKSI,Seksi Uji %1$s,SEKSI,%1$s-DINAS,
        """.formatted(code)));
    ok(test.postCsv("hr", "/api/v1/positions/import", """
        kode,nama,jenis,unit_kode,kepala,formasi
        %1$s-KADIS,Kepala Dinas Uji %1$s,JPT,%1$s-DINAS,true,
        %1$s-KASI,Kepala Seksi Uji %1$s,PENGAWAS,%1$s-SEKSI,true,
        %1$s-STAF,Pengadministrasi Uji %1$s,PELAKSANA,%1$s-SEKSI,false,
        """.formatted(code)));
    ok(test.postCsv("hr", "/api/v1/employees/import", """
        nip,nama,jenis,unit_kode,jabatan_kode,email,username
        %2$s,Kadis Uji %1$s,PNS,%1$s-DINAS,%1$s-KADIS,%5$s.kadis@uji.go.id,%5$s.kadis
        %3$s,Kasi Uji %1$s,PNS,%1$s-SEKSI,%1$s-KASI,%5$s.kasi@uji.go.id,%5$s.kasi
        %4$s,Staf Uji %1$s,PNS,%1$s-SEKSI,%1$s-STAF,%5$s.staf@uji.go.id,%5$s.staf
        """.formatted(code, kadisNip, kasiNip, stafNip, user)));
    OwnGovernment government = new OwnGovernment(code, user + ".kadis", user + ".kasi", user + ".staf");
    for (String username : List.of(government.kadis(), government.kasi(), government.staf())) {
      org.camunda.bpm.engine.identity.User account = identity.createUserQuery().userId(username).singleResult();
      assertThat(account).as("the import made a login for " + username).isNotNull();
      account.setPassword(PostgresIntegrationTest.PASSWORD);
      identity.saveUser(account);
    }
    return government;
  }

  private static void ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }
}
