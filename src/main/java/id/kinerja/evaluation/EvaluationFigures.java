package id.kinerja.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only figures over the evaluations for reports and dashboards (decision 80): each answer is one indexed,
 * aggregating SQL statement over {@code evaluation} joined with the SKP and employee rows it belongs to, grouped by
 * the employee's unit; nothing is loaded as an entity. A {@code null} unit set means every unit (HR); an empty one
 * means none. Units are rolled up the tree by the caller.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationFigures {

  private static final String FROM = """
       from evaluation e
       join skp s on s.id = e.skp_id
       join employee emp on emp.id = s.employee_id
      """;
  private static final String PUBLISHED = "e.status in ('PUBLISHED', 'OBJECTION', 'FINAL')";

  private final NamedParameterJdbcTemplate jdbc;

  EvaluationFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One row of the yearly predikat recap (the TPP export). */
  public record AnnualResultRow(String nip, String name, String pangkat, String golongan, String jabatan,
      String positionType, String unitCode, String unitName, String resultsRating, String behaviourRating,
      String predikat, Integer creditMultiplier, String status) {
  }

  /**
   * The published annual results of a year for employees of these units, ordered by unit and NIP. The credit-point
   * multiplier is the one recorded with the final result, else the predikat's ({@link Predikat#creditMultiplier()})
   * for a functional position.
   */
  public List<AnnualResultRow> annualResults(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("units", unitIds);
    return jdbc.query("""
        select emp.nip, emp.name, emp.pangkat, emp.golongan, pos.name as jabatan, pos.type as position_type,
               u.code as unit_code, u.name as unit_name, e.results_rating, e.behaviour_rating, e.predikat,
               e.credit_multiplier, e.status
        """ + FROM + """
          join org_unit u on u.id = emp.unit_id
          left join job_position pos on pos.id = emp.position_id
         where e.period_code = 'ANNUAL' and s.skp_year = :year and\s""" + PUBLISHED + units("emp.unit_id", unitIds)
        + " order by u.code, emp.nip", params, EvaluationFigures::annualRow);
  }

  private static AnnualResultRow annualRow(ResultSet rs, int row) throws SQLException {
    String predikat = rs.getString("predikat");
    String type = rs.getString("position_type");
    Integer multiplier = (Integer) rs.getObject("credit_multiplier", Integer.class);
    if (multiplier == null && predikat != null && "FUNGSIONAL".equals(type)) {
      multiplier = Predikat.valueOf(predikat).creditMultiplier();
    }
    return new AnnualResultRow(rs.getString("nip"), rs.getString("name"), rs.getString("pangkat"),
        rs.getString("golongan"), rs.getString("jabatan"), type, rs.getString("unit_code"), rs.getString("unit_name"),
        rs.getString("results_rating"), rs.getString("behaviour_rating"), predikat, multiplier, rs.getString("status"));
  }

  /** A published evaluation's id with the NIP and period, for file names. */
  public record PublishedEvaluation(long id, String nip, String periodCode) {
  }

  /** The published evaluations (every period) of a year for employees of these units, by NIP and period. */
  public List<PublishedEvaluation> published(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select e.id, emp.nip, e.period_code " + FROM + " where s.skp_year = :year and e.published_at"
            + " is not null" + units("emp.unit_id", unitIds) + " order by emp.nip, e.period_from, e.id",
        new MapSqlParameterSource("year", year).addValue("units", unitIds),
        (rs, i) -> new PublishedEvaluation(rs.getLong(1), rs.getString(2), rs.getString(3)));
  }

  /** One calibration of an employee's annual result by HR, with its reason as recorded in the audit log. */
  public record Calibration(String nip, String name, long unitId, String by, java.time.Instant at, String details) {
  }

  /** The calibrations of a year's annual results (the latest 200), from the audit entries the calibration wrote. */
  public List<Calibration> calibrations(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select emp.nip, emp.name, emp.unit_id, a.actor, a.occurred_at, a.details " + FROM
            + " join audit_log a on a.subject_type = 'evaluation' and a.subject_id = cast(e.id as varchar(64))"
            + " and a.action = 'PREDIKAT_CALIBRATED'"
            + " where e.period_code = 'ANNUAL' and s.skp_year = :year" + units("emp.unit_id", unitIds)
            + " order by a.occurred_at desc fetch first 200 rows only",
        new MapSqlParameterSource("year", year).addValue("units", unitIds),
        (rs, i) -> new Calibration(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
            rs.getTimestamp(5).toInstant(), rs.getString(6)));
  }

  /** A count of one key (a status, a predikat …) within one unit. */
  public record UnitCount(long unitId, String key, long count) {
  }

  /** Evaluations of a year by their step (status), per employee unit. */
  public List<UnitCount> byStatus(int year, Collection<Long> unitIds) {
    return unitCounts("e.status", "s.skp_year = :year", year, unitIds);
  }

  /** Employees' published annual predikat of a year, per employee unit. */
  public List<UnitCount> annualPredikat(int year, Collection<Long> unitIds) {
    return unitCounts("e.predikat", "s.skp_year = :year and e.period_code = 'ANNUAL' and " + PUBLISHED
        + " and e.predikat is not null", year, unitIds);
  }

  private List<UnitCount> unitCounts(String key, String where, int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select emp.unit_id, " + key + " as k, count(*) as n " + FROM + " where " + where
            + units("emp.unit_id", unitIds) + " group by emp.unit_id, " + key,
        new MapSqlParameterSource("year", year).addValue("units", unitIds),
        (rs, i) -> new UnitCount(rs.getLong(1), rs.getString(2), rs.getLong(3)));
  }

  /** Per supervisor (pejabat penilai): the annual predikat given, overrides of the suggestion, objections. */
  public record RaterRow(String rater, String predikat, long count, long overrides, long objections, long upheld) {
  }

  public List<RaterRow> raters(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("""
        select e.assessed_by, e.predikat, count(*) as n,
               sum(case when e.suggested_rating is not null and e.results_rating <> e.suggested_rating
                        then 1 else 0 end) as overrides,
               sum(case when e.objection_filed_at is not null then 1 else 0 end) as objections,
               sum(case when e.objection_decision = 'UPHELD' then 1 else 0 end) as upheld
        """ + FROM + " where e.period_code = 'ANNUAL' and s.skp_year = :year and e.assessed_by is not null and "
            + PUBLISHED + units("emp.unit_id", unitIds) + " group by e.assessed_by, e.predikat"
            + " order by e.assessed_by, e.predikat",
        new MapSqlParameterSource("year", year).addValue("units", unitIds),
        (rs, i) -> new RaterRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6)));
  }

  /** Objections of a year's annual results by outcome ({@code null} = not decided yet), with the published count. */
  public record ObjectionFigures(long published, long filed, long upheld, long rejected, long open) {
  }

  public ObjectionFigures objections(int year, Collection<Long> unitIds) {
    if (unitIds != null && unitIds.isEmpty()) {
      return new ObjectionFigures(0, 0, 0, 0, 0);
    }
    return jdbc.queryForObject("""
        select count(*),
               sum(case when e.objection_filed_at is not null then 1 else 0 end),
               sum(case when e.objection_decision = 'UPHELD' then 1 else 0 end),
               sum(case when e.objection_decision = 'REJECTED' then 1 else 0 end),
               sum(case when e.objection_filed_at is not null and e.objection_decision is null then 1 else 0 end)
        """ + FROM + " where e.period_code = 'ANNUAL' and s.skp_year = :year and " + PUBLISHED
            + units("emp.unit_id", unitIds),
        new MapSqlParameterSource("year", year).addValue("units", unitIds),
        (rs, i) -> new ObjectionFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
  }

  /** The organisations' predikat of a year's annual evaluation and the state of their curve check. */
  public record OrganisationPredikatRow(long unitId, String predikat, String curveStatus) {
  }

  public List<OrganisationPredikatRow> organisationPredikat(int year) {
    return jdbc.query("""
        select r.unit_id, r.predikat, r.curve_status
          from organisation_rating r join appraisal_cycle c on c.id = r.cycle_id
         where c.cycle_year = :year order by r.unit_id""", new MapSqlParameterSource("year", year),
        (rs, i) -> new OrganisationPredikatRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
  }

  private static String units(String column, Collection<Long> unitIds) {
    return unitIds == null ? "" : " and " + column + " in (:units)";
  }
}
