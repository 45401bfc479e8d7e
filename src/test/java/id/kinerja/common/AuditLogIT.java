package id.kinerja.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log is append-only at the database (V18 trigger, decision 75) and HR reads it through
 * {@code GET /api/v1/audit}. Uses its own employees (NIPs 1998…2021…) in DINKES-P2P-IMUN and DISDIK-SD-KUR.
 */
class AuditLogIT extends PostgresIntegrationTest {

  private static final String AUDIT = "/api/v1/audit";

  @Autowired
  DataSource dataSource;

  @Test
  void theDatabaseRefusesToChangeOrRemoveAuditEntries() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    importEmployee("199806062021031001", "AUD-A");
    long entries = jdbc.queryForObject("select count(*) from audit_log", Long.class);
    assertThat(entries).isPositive();

    assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'someone-else'"))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_log"))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isEqualTo(entries);
    assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'someone-else'", Long.class))
        .isZero();
  }

  @Test
  void aMoveByImportIsAuditedPerEmployeeAndFoundByFilters() {
    String nip = "199807072021032002";
    importEmployee(nip, "AUD-A");
    importEmployee(nip, "AUD-B");

    ResponseEntity<String> found = get("hr", AUDIT + "?action=EMPLOYEE_CHANGED&subjectType=employee&subjectId="
        + nip + "&actor=hr&from=2020-01-01&to=2999-12-31", null);

    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
    List<String> details = JsonPath.read(found.getBody(), "$[*].details");
    assertThat(details).singleElement().asString().contains("unit_kode: AUD-A -> AUD-B");
    List<String> actions = JsonPath.read(get("hr", AUDIT + "?action=EMPLOYEES_IMPORTED&size=1", null).getBody(),
        "$[*].action");
    assertThat(actions).containsExactly("EMPLOYEES_IMPORTED");
  }

  @Test
  void pagesCarryTheTotalAndAreNewestFirst() {
    importEmployee("199808082021031003", "AUD-A");
    ResponseEntity<String> first = get("hr", AUDIT + "?size=2", null);
    ResponseEntity<String> second = get("hr", AUDIT + "?size=2&page=1", null);

    long total = Long.parseLong(first.getHeaders().getFirst("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(3);
    List<String> firstTimes = JsonPath.read(first.getBody(), "$[*].occurredAt");
    List<String> secondTimes = JsonPath.read(second.getBody(), "$[*].occurredAt");
    assertThat(firstTimes).hasSize(2);
    assertThat(java.time.Instant.parse(firstTimes.get(1)))
        .isAfterOrEqualTo(java.time.Instant.parse(secondTimes.get(0)));
    List<Integer> ids = JsonPath.read(first.getBody(), "$[*].id");
    List<Integer> nextIds = JsonPath.read(second.getBody(), "$[*].id");
    assertThat(ids).doesNotContainAnyElementsOf(nextIds);
  }

  @Test
  void onlyHrReadsTheAuditLog() {
    assertThat(get(null, AUDIT, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String user : List.of("budi", "kasi.primer", "kadinkes", "kadisdik")) {
      ResponseEntity<String> refused = get(user, AUDIT, null);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertProblemJson(refused);
    }
  }

  @Test
  void badFiltersAreRefusedInIndonesian() {
    for (String query : List.of("from=kemarin", "to=2026-02-30", "from=2026-03-02&to=2026-03-01", "size=0",
        "size=501", "page=-1", "page=x", "acter=hr", "actor=", "action=" + "A".repeat(201),
        "from=2026-03-01T08:00:00")) {
      ResponseEntity<String> refused = get("hr", AUDIT + "?" + query, null);
      assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertProblemJson(refused);
      assertThat((String) JsonPath.read(refused.getBody(), "$.title")).isEqualTo("Permintaan tidak valid");
      assertThat((List<?>) JsonPath.read(refused.getBody(), "$.errors")).as(query).isNotEmpty();
    }
    ResponseEntity<String> english = get("hr", AUDIT + "?from=kemarin", "en");
    assertThat((String) JsonPath.read(english.getBody(), "$.errors[0].message")).contains("is invalid");
  }

  /** Employees of a government of their own (AUD), so that no other test's unit gains or loses people. */
  private void importEmployee(String nip, String unit) {
    assertThat(postCsv("hr", "/api/v1/units/import", """
        kode,nama,tingkat,induk_kode,zona_waktu
        AUD,Pemerintah Kabupaten Uji Audit,PEMDA,,WIB
        AUD-A,Dinas Uji Audit A,OPD,AUD,
        AUD-B,Dinas Uji Audit B,OPD,AUD,
        """).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> imported = postCsv("hr", "/api/v1/employees/import",
        "nip,nama,jenis,unit_kode,jabatan_kode,email\n" + nip + ",Uji Audit " + nip.substring(14) + ",PNS," + unit
            + ",,audit" + nip.substring(14) + "@lampungselatankab.go.id\n");
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }
}
