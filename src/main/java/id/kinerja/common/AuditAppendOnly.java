package id.kinerja.common;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V18: the audit log refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) at the database, whoever asks
 * (decision 75). A Java migration because the trigger is written differently per database: PL/pgSQL on PostgreSQL,
 * {@link AuditAppendOnlyH2Trigger} on the embedded H2 default. A Spring bean, so Spring Boot hands it to Flyway
 * without scanning the class path (which the nested jar of the packaged artifact makes unreliable).
 */
@Component
class AuditAppendOnly implements JavaMigration {

  static final String REFUSAL = "audit_log is append-only";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("18");
  }

  @Override
  public String getDescription() {
    return "audit append only";
  }

  @Override
  public Integer getChecksum() {
    return 18_001;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    try (Statement sql = context.getConnection().createStatement()) {
      if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
        sql.execute("create or replace function audit_log_append_only() returns trigger language plpgsql as $$ "
            + "begin raise exception '" + REFUSAL + " (% refused)', tg_op using errcode = '42501'; end $$");
        sql.execute("create trigger audit_log_no_change before update or delete on audit_log "
            + "for each row execute procedure audit_log_append_only()");
        sql.execute("create trigger audit_log_no_truncate before truncate on audit_log "
            + "for each statement execute procedure audit_log_append_only()");
      } else if (product.toLowerCase(java.util.Locale.ROOT).contains("h2")) {
        sql.execute("create trigger audit_log_no_change before update, delete on audit_log for each row call '"
            + AuditAppendOnlyH2Trigger.class.getName() + "'");
      } else {
        throw new IllegalStateException("no append-only trigger for database " + product);
      }
    }
  }
}
