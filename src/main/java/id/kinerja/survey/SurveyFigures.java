package id.kinerja.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only survey figures for reports and dashboards (decision 80): the respondents' profile of a unit and period,
 * and the IKM per service unit and quarter of a year, each from one grouping SQL statement over
 * {@code survey_response} (index {@code unit_id, submitted_on}); the IKM arithmetic stays in {@link IkmCalculator}.
 */
@Service
@Transactional(readOnly = true)
public class SurveyFigures {

  private static final List<String> PROFILE_COLUMNS = List.of("sex", "age_group", "education", "occupation");
  private static final Map<String, String> PROFILE_FIELDS = Map.of("sex", "sex", "age_group", "ageGroup",
      "education", "education", "occupation", "occupation");

  private final NamedParameterJdbcTemplate jdbc;
  private final IkmWeight weight;

  SurveyFigures(NamedParameterJdbcTemplate jdbc,
      @Value("${kinerja.survey.ikm-weight:EXACT_NINTH}") IkmWeight weight) {
    this.jdbc = jdbc;
    this.weight = weight;
  }

  /**
   * The respondents' profile: per field ({@code sex}, {@code ageGroup}, {@code education}, {@code occupation}) the
   * count per answer in the order {@link RespondentProfile} lists them, then {@code null} (not answered).
   */
  public Map<String, Map<String, Long>> profile(long unitId, LocalDate from, LocalDate to) {
    Map<String, Map<String, Long>> profile = new LinkedHashMap<>();
    for (String column : PROFILE_COLUMNS) {
      String field = PROFILE_FIELDS.get(column);
      Map<String, Long> counts = new LinkedHashMap<>();
      RespondentProfile.ALLOWED.get(field).forEach(code -> counts.put(code, 0L));
      jdbc.query("select " + column + ", count(*) from survey_response where unit_id = :unit and submitted_on"
              + " between :from and :to group by " + column,
          new MapSqlParameterSource("unit", unitId).addValue("from", from).addValue("to", to),
          rs -> {
            counts.merge(rs.getString(1) == null ? "-" : rs.getString(1), rs.getLong(2), Long::sum);
          });
      profile.put(field, counts);
    }
    return profile;
  }

  /** The label of a profile answer ("L" → "Laki-laki"), the code itself when it has none. */
  public static String profileLabel(String code) {
    return "-".equals(code) ? "Tidak diisi" : RespondentProfile.LABELS.getOrDefault(code, code);
  }

  /** The IKM of one unit in one quarter. */
  public record IkmPoint(long unitId, int quarter, long respondents, BigDecimal ikmConverted, String grade,
      Map<String, BigDecimal> nrr, Integer population, Integer minimumSample) {
  }

  /** The IKM per unit (of these units; {@code null} = all) and quarter of a year, units with responses only. */
  public List<IkmPoint> ikmByQuarter(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    List<IkmPoint> points = new ArrayList<>();
    jdbc.query("""
        select r.unit_id, floor((extract(month from r.submitted_on) - 1) / 3) + 1 as q, count(*),
               sum(r.u1), sum(r.u2), sum(r.u3), sum(r.u4), sum(r.u5), sum(r.u6), sum(r.u7), sum(r.u8), sum(r.u9),
               max(u.service_population)
          from survey_response r join org_unit u on u.id = r.unit_id
         where r.submitted_on between :from and :to"""
            + (unitIds == null ? "" : " and r.unit_id in (:units)")
            + " group by r.unit_id, floor((extract(month from r.submitted_on) - 1) / 3) + 1 order by r.unit_id, q",
        new MapSqlParameterSource("from", LocalDate.of(year, 1, 1)).addValue("to", LocalDate.of(year, 12, 31))
            .addValue("units", unitIds),
        rs -> {
          Map<SurveyElement, Long> sums = new EnumMap<>(SurveyElement.class);
          for (SurveyElement element : SurveyElement.values()) {
            sums.put(element, rs.getLong(4 + element.ordinal()));
          }
          IkmResult result = IkmCalculator.compute(rs.getLong(3), sums, weight);
          Map<String, BigDecimal> nrr = new LinkedHashMap<>();
          result.nrr().forEach((element, value) -> nrr.put(element.name(),
              value.setScale(3, java.math.RoundingMode.HALF_UP)));
          Integer population = (Integer) rs.getObject(13, Integer.class);
          points.add(new IkmPoint(rs.getLong(1), rs.getBigDecimal(2).intValue(), result.respondents(),
              result.ikmConverted(), result.grade() == null ? null : result.grade().name(), nrr, population,
              IkmCalculator.minimumSample(population)));
        });
    return points;
  }

  /**
   * Complaints of one unit in one quarter: received, answered, answered by their deadline ({@code respond_by}, the
   * instant of the process's timer), and still open past it at {@code now}.
   */
  public record ComplaintPoint(long unitId, int quarter, long received, long answered, long answeredInTime,
      long openOverdue) {
  }

  /** Complaints per unit (of these units; {@code null} = all) and quarter of a year in the Pemda's zone. */
  public List<ComplaintPoint> complaintsByQuarter(int year, Collection<Long> unitIds, java.time.ZoneId zone,
      java.time.Instant now) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource parameters = new MapSqlParameterSource("units", unitIds)
        .addValue("now", java.sql.Timestamp.from(now));
    for (int quarter = 1; quarter <= 5; quarter++) {
      parameters.addValue("q" + quarter, java.sql.Timestamp.from(
          LocalDate.of(year, 1, 1).plusMonths(3L * (quarter - 1)).atStartOfDay(zone).toInstant()));
    }
    // the quarter is computed once in a derived table: PostgreSQL does not match an expression with parameters
    // in the select list to the same text in group by
    String quarterOf = "case when c.received_at < :q2 then 1 when c.received_at < :q3 then 2"
        + " when c.received_at < :q4 then 3 else 4 end";
    List<ComplaintPoint> points = new ArrayList<>();
    jdbc.query("select x.unit_id, x.q, count(*),"
            + " sum(case when x.answered_at is not null then 1 else 0 end),"
            + " sum(case when x.answered_at is not null and x.answered_at <= x.respond_by then 1 else 0 end),"
            + " sum(case when x.answered_at is null and x.respond_by < :now then 1 else 0 end)"
            + " from (select c.unit_id, c.answered_at, c.respond_by, " + quarterOf + " as q from complaint c"
            + " where c.received_at >= :q1 and c.received_at < :q5"
            + (unitIds == null ? "" : " and c.unit_id in (:units)") + ") x"
            + " group by x.unit_id, x.q order by x.unit_id, x.q",
        parameters,
        rs -> {
          points.add(new ComplaintPoint(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
              rs.getLong(6)));
        });
    return points;
  }
}
