package id.kinerja.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default (H2) keeps the audit log append-only too: every migration, then UPDATE/DELETE refused. */
class AuditAppendOnlyH2Test {

  @Test
  void h2RefusesUpdatesAndDeletesOfAuditEntries() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:audit-append-only;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("kinerja_schema_history")
        .javaMigrations(new AuditAppendOnly()).load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("insert into audit_log (id, occurred_at, actor, action, subject_type) "
        + "values (1, current_timestamp, 'hr', 'TEST', 'test')");

    assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'x'"))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = 1"))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThat(jdbc.queryForObject("select actor from audit_log where id = 1", String.class)).isEqualTo("hr");
    jdbc.update("insert into audit_log (id, occurred_at, actor, action, subject_type) "
        + "values (2, current_timestamp, 'hr', 'TEST', 'test')");
    assertThat(jdbc.queryForObject("select count(*) from audit_log", Integer.class)).isEqualTo(2);
  }
}
