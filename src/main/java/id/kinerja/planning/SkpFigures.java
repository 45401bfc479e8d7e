package id.kinerja.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only SKP figures for dashboards (decision 80): the SKP of a year by status per employee unit, in one grouping
 * SQL statement (index {@code skp (skp_year, status)}); only the SKP in force or being drafted count (a revision that
 * replaced another counts, the replaced one does not). A {@code null} unit set means every unit; empty means none.
 */
@Service
@Transactional(readOnly = true)
public class SkpFigures {

  private final NamedParameterJdbcTemplate jdbc;

  SkpFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A count of SKP in one status within one unit. */
  public record StatusCount(long unitId, String status, long count) {
  }

  public List<StatusCount> byStatus(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select emp.unit_id, s.status, count(*) from skp s join employee emp on emp.id = s.employee_id"
            + " where s.skp_year = :year and s.superseded_at is null"
            + (unitIds == null ? "" : " and emp.unit_id in (:units)") + " group by emp.unit_id, s.status",
        new MapSqlParameterSource("year", year).addValue("units", unitIds),
        (rs, i) -> new StatusCount(rs.getLong(1), rs.getString(2), rs.getLong(3)));
  }
}
