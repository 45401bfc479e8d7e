package id.kinerja.reward;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only reward figures for dashboards (decision 80): rewards of a year by type and status, and the incentive
 * budget against the approved incentives, each in one grouping statement (index {@code ix_reward_budget}).
 */
@Service
@Transactional(readOnly = true)
public class RewardFigures {

  private final NamedParameterJdbcTemplate jdbc;

  RewardFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Rewards of one type in one status, with their amount (incentives). */
  public record TypeCount(String type, String status, long count, BigDecimal amount) {
  }

  /** For organisations among these unit ids ({@code null} = all). */
  public List<TypeCount> byType(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select reward_type, status, count(*), coalesce(sum(amount), 0) from reward"
            + " where reward_year = :year" + (unitIds == null ? "" : " and organisation_id in (:units)")
            + " group by reward_type, status order by reward_type, status",
        new MapSqlParameterSource("year", year).addValue("units", unitIds),
        (rs, i) -> new TypeCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)));
  }

  /** The yearly incentive budgets of these organisations and the approved incentives against them. */
  public record Budget(BigDecimal budget, BigDecimal used) {
  }

  public Budget budget(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return new Budget(BigDecimal.ZERO, BigDecimal.ZERO);
    }
    MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("units", unitIds);
    String units = unitIds == null ? "" : " and organisation_id in (:units)";
    BigDecimal budget = jdbc.queryForObject("select coalesce(sum(amount), 0) from reward_budget where budget_year"
        + " = :year" + units, params, BigDecimal.class);
    BigDecimal used = jdbc.queryForObject("select coalesce(sum(amount), 0) from reward where reward_year = :year"
        + " and reward_type = 'INSENTIF' and status = 'APPROVED'" + units, params, BigDecimal.class);
    return new Budget(budget, used);
  }
}
