package id.kinerja.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only progress figures for dashboards (decision 80): per employee unit, the indicators of the agreed SKP of a
 * year and how many of them have a realisation dated in a given range (e.g. this month), in one grouping SQL
 * statement (index {@code realisation (skp_id, indicator_id, realised_on)}).
 */
@Service
@Transactional(readOnly = true)
public class ProgressFigures {

  private final NamedParameterJdbcTemplate jdbc;

  ProgressFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Indicators of agreed SKP in one unit, and those with an entry in the range. */
  public record IndicatorsWithEntry(long unitId, long indicators, long withEntry) {
  }

  public List<IndicatorsWithEntry> indicatorsWithEntry(int year, LocalDate from, LocalDate to,
      Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("""
        select emp.unit_id, count(*),
               sum(case when exists (select 1 from realisation r where r.skp_id = s.id and r.indicator_id = i.id
                                        and r.realised_on between :from and :to) then 1 else 0 end)
          from skp s
          join employee emp on emp.id = s.employee_id
          join rhk on rhk.skp_id = s.id
          join indicator i on i.rhk_id = rhk.id
         where s.skp_year = :year and s.status = 'AGREED' and s.superseded_at is null"""
            + (unitIds == null ? "" : " and emp.unit_id in (:units)") + " group by emp.unit_id",
        new MapSqlParameterSource("year", year).addValue("from", from).addValue("to", to).addValue("units", unitIds),
        (rs, i) -> new IndicatorsWithEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
  }
}
