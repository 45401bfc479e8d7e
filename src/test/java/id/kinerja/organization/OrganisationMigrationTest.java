package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** V15 on H2 (the embedded default): data of V13 survives, head posts keep one holder, functional ones get many. */
class OrganisationMigrationTest {

  @Test
  void v15KeepsTheDataAndMovesOneHolderToHeadPostsOnly() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:v15-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    flyway(dataSource, "13").migrate();
    jdbc.update("insert into org_unit (id, code, name, unit_level, parent_id) values (1, 'P', 'Pemda', 'PEMDA', null)");
    jdbc.update("insert into org_unit (id, code, name, unit_level, parent_id) values (2, 'O', 'Dinas', 'OPD', 1)");
    jdbc.update("insert into job_position (id, code, name, type, unit_id, is_head) values (10, 'O-KADIS', 'Kadis', 'JPT', 2, true)");
    jdbc.update("insert into job_position (id, code, name, type, unit_id, is_head) values (11, 'O-PERAWAT', 'Perawat', 'FUNGSIONAL', 2, false)");
    jdbc.update("insert into employee (id, nip, name, username, type, email, unit_id, position_id, active) "
        + "values (100, '198901012014011001', 'Kepala', 'kepala', 'PNS', 'k@x.go.id', 2, 10, true)");
    jdbc.update("insert into employee (id, nip, name, username, type, email, unit_id, position_id, active) "
        + "values (101, '198901012014011002', 'Perawat Satu', 'perawat1', 'PNS', 'p@x.go.id', 2, 11, false)");

    flyway(dataSource, "15").migrate();

    Map<String, Object> head = jdbc.queryForMap("select * from employee where id = 100");
    assertThat(head).containsEntry("NAME", "Kepala").containsEntry("POSITION_ID", 10L)
        .containsEntry("HEAD_POSITION_ID", 10L).containsEntry("STATUS", "AKTIF");
    Map<String, Object> nurse = jdbc.queryForMap("select * from employee where id = 101");
    assertThat(nurse).containsEntry("POSITION_ID", 11L).containsEntry("ACTIVE", false)
        .containsEntry("STATUS", "BERHENTI");
    assertThat(nurse.get("HEAD_POSITION_ID")).isNull();
    // a second holder of the functional position is now allowed, a second head is not
    jdbc.update("insert into employee (id, nip, name, username, type, email, unit_id, position_id) "
        + "values (102, '198901012014011003', 'Perawat Dua', 'perawat2', 'PNS', 'p2@x.go.id', 2, 11)");
    assertThatThrownBy(() -> jdbc.update("insert into employee (id, nip, name, username, type, email, unit_id, "
        + "position_id, head_position_id) values (103, '198901012014011004', 'Kepala Dua', 'kepala2', 'PNS', "
        + "'k2@x.go.id', 2, 10, 10)")).isInstanceOf(DataIntegrityViolationException.class);
    // only the PEMDA root carries a time zone, only a structural position leads
    jdbc.update("update org_unit set time_zone = 'Asia/Makassar' where id = 1");
    assertThatThrownBy(() -> jdbc.update("update org_unit set time_zone = 'Asia/Makassar' where id = 2"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("update job_position set is_head = true where id = 11"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private static Flyway flyway(JdbcDataSource dataSource, String target) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .table("kinerja_schema_history").target(target).load();
  }
}
