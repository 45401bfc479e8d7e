package id.kinerja.common;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded H2 default's half of {@link AuditAppendOnly}: every UPDATE or DELETE of an audit row fails. Public
 * with a public constructor because H2 creates it by reflection.
 */
public class AuditAppendOnlyH2Trigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(AuditAppendOnly.REFUSAL + " (" + (newRow == null ? "DELETE" : "UPDATE") + " refused)",
        "42501");
  }
}
