package id.kinerja.coaching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only coaching figures for reports and dashboards (decision 80): plans started in a range, by status. */
@Service
@Transactional(readOnly = true)
public class CoachingFigures {

  private final NamedParameterJdbcTemplate jdbc;

  CoachingFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** OPEN, IMPROVED, ESCALATED → count of the plans started in [from, to) for employees of these units. */
  public Map<String, Long> byStatus(Instant from, Instant to, java.util.Collection<Long> unitIds) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("OPEN", 0L);
    counts.put("IMPROVED", 0L);
    counts.put("ESCALATED", 0L);
    if (unitIds != null && unitIds.isEmpty()) {
      return counts;
    }
    jdbc.query("select c.status, count(*) from coaching_plan c join skp s on s.id = c.skp_id"
            + " join employee emp on emp.id = s.employee_id where c.started_at >= :from and c.started_at < :to"
            + (unitIds == null ? "" : " and emp.unit_id in (:units)") + " group by c.status",
        new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to))
            .addValue("units", unitIds),
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }
}
