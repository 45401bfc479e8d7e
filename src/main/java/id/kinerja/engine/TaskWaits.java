package id.kinerja.engine;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that reads the engine's task tables for dashboards and the yearly review (decision 82): read-only,
 * aggregating SQL over {@code ACT_RU_TASK} (open tasks) and {@code ACT_HI_TASKINST} (completed ones), joined with the
 * assignee's employee row for the unit. Percentiles are computed by the database ({@code percentile_disc} /
 * {@code percentile_cont}, PostgreSQL and H2): the median and p90 waiting time of open tasks are the discrete
 * (nearest-rank) percentiles of their creation times, newest first. A {@code null} unit set means every unit, unassigned tasks
 * included (unit {@code null}); an empty one means none.
 */
@Service
@Transactional(readOnly = true)
public class TaskWaits {

  private final NamedParameterJdbcTemplate jdbc;

  TaskWaits(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Open tasks of one task definition in one unit. */
  public record OpenTasks(String taskKey, String taskName, Long unitId, long open, long overdue, Duration medianWait,
      Duration p90Wait) {
  }

  /**
   * Open tasks per task definition and assignee unit; overdue: past its due date, or without one open since before
   * {@code overdueBefore}. Tasks of every process and year.
   */
  public List<OpenTasks> open(Collection<Long> unitIds, Instant now, Instant overdueBefore) {
    return open(unitIds, now, overdueBefore, null);
  }

  /**
   * The open tasks of one appraisal year only ({@code year} not null): those whose root process instance is the
   * planning or check-in of an SKP of that year ({@code skp-{id}}, {@code dialog-{id}}) or the evaluation of one
   * ({@code evaluasi-{id}}, with the reward and coaching it calls). The year is read from the business key the
   * starting code gives each instance, joined with {@code skp.skp_year}: the engine keeps no year of its own.
   */
  public List<OpenTasks> open(Collection<Long> unitIds, Instant now, Instant overdueBefore, Integer year) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    String join = unitIds == null ? " left join employee emp on emp.username = t.ASSIGNEE_"
        : " join employee emp on emp.username = t.ASSIGNEE_ and emp.unit_id in (:units)";
    String ofYear = year == null ? "" : " " + """
         join ACT_RU_EXECUTION pi on pi.ID_ = t.PROC_INST_ID_
         join ACT_RU_EXECUTION root on root.ID_ = pi.ROOT_PROC_INST_ID_
         join (select concat('skp-', s.id) as key_ from skp s where s.skp_year = :year
               union all select concat('dialog-', s.id) from skp s where s.skp_year = :year
               union all select concat('evaluasi-', e.id) from evaluation e join skp s on s.id = e.skp_id
                where s.skp_year = :year) y on y.key_ = root.BUSINESS_KEY_""";
    return jdbc.query("""
        select t.TASK_DEF_KEY_, max(t.NAME_), emp.unit_id, count(*),
               sum(case when t.DUE_DATE_ < :now or (t.DUE_DATE_ is null and t.CREATE_TIME_ < :overdue)
                        then 1 else 0 end),
               percentile_disc(0.5) within group (order by t.CREATE_TIME_ desc),
               percentile_disc(0.9) within group (order by t.CREATE_TIME_ desc)
          from ACT_RU_TASK t""" + join + ofYear + " " + """
         group by t.TASK_DEF_KEY_, emp.unit_id
         order by count(*) desc, t.TASK_DEF_KEY_""", params(unitIds, now, overdueBefore).addValue("year", year),
        (rs, i) -> new OpenTasks(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getLong(4),
            rs.getLong(5), waited(rs.getTimestamp(6), now), waited(rs.getTimestamp(7), now)));
  }

  /** Open tasks at one user task of one process (any version): where instances wait, for the diagram's heat view. */
  public record WaitingAt(String processKey, String taskKey, String taskName, long open, long overdue) {
  }

  /**
   * Open tasks per process key and task definition, the most first; overdue as in {@link #open}. The process key is
   * read from the small definition table ({@code ACT_RE_PROCDEF}), so every version of a model adds up at its task.
   */
  public List<WaitingAt> waitingPerActivity(Collection<Long> unitIds, Instant now, Instant overdueBefore) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    String join = unitIds == null ? ""
        : " join employee emp on emp.username = t.ASSIGNEE_ and emp.unit_id in (:units)";
    return jdbc.query("""
        select d.KEY_, t.TASK_DEF_KEY_, max(t.NAME_), count(*),
               sum(case when t.DUE_DATE_ < :now or (t.DUE_DATE_ is null and t.CREATE_TIME_ < :overdue)
                        then 1 else 0 end)
          from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_""" + join + " " + """
         group by d.KEY_, t.TASK_DEF_KEY_
         order by count(*) desc, d.KEY_, t.TASK_DEF_KEY_""", params(unitIds, now, overdueBefore),
        (rs, i) -> new WaitingAt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
  }

  /** Completed tasks of one task definition: how long they waited until done. */
  public record CompletedTasks(String processKey, String taskKey, String taskName, long completed, long late,
      Duration median, Duration p90) {
  }

  /** Tasks completed in [from, to) per task definition, slowest (p90) first; late: completed after the due date. */
  public List<CompletedTasks> completed(Collection<Long> unitIds, Instant from, Instant to) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    String join = unitIds == null ? ""
        : " join employee emp on emp.username = h.ASSIGNEE_ and emp.unit_id in (:units)";
    return jdbc.query("""
        select h.PROC_DEF_KEY_, h.TASK_DEF_KEY_, max(h.NAME_), count(*),
               sum(case when h.DUE_DATE_ is not null and h.END_TIME_ > h.DUE_DATE_ then 1 else 0 end),
               percentile_cont(0.5) within group (order by h.DURATION_),
               percentile_cont(0.9) within group (order by h.DURATION_)
          from ACT_HI_TASKINST h""" + join + " " + """
         where h.END_TIME_ >= :from and h.END_TIME_ < :to and h.DURATION_ is not null
         group by h.PROC_DEF_KEY_, h.TASK_DEF_KEY_
         order by 7 desc, h.TASK_DEF_KEY_""",
        params(unitIds, to, to).addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to)),
        (rs, i) -> new CompletedTasks(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            rs.getLong(5), millis(rs.getDouble(6)), millis(rs.getDouble(7))));
  }

  /** An assignee with open tasks, the longest waiting first. */
  public record Assignee(String username, String name, Long unitId, long open, long overdue, Duration longestWait) {
  }

  public List<Assignee> slowestAssignees(Collection<Long> unitIds, Instant now, Instant overdueBefore, int limit) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    String unitFilter = unitIds == null ? "" : " and emp.unit_id in (:units)";
    return jdbc.query("""
        select t.ASSIGNEE_, max(emp.name), max(emp.unit_id), count(*),
               sum(case when t.DUE_DATE_ < :now or (t.DUE_DATE_ is null and t.CREATE_TIME_ < :overdue)
                        then 1 else 0 end),
               min(t.CREATE_TIME_)
          from ACT_RU_TASK t join employee emp on emp.username = t.ASSIGNEE_""" + unitFilter + " " + """
         group by t.ASSIGNEE_
         order by min(t.CREATE_TIME_), t.ASSIGNEE_""" + " fetch first " + Math.max(1, limit) + " rows only", params(unitIds, now, overdueBefore),
        (rs, i) -> new Assignee(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getLong(4),
            rs.getLong(5), waited(rs.getTimestamp(6), now)));
  }

  private static MapSqlParameterSource params(Collection<Long> unitIds, Instant now, Instant overdueBefore) {
    return new MapSqlParameterSource("units", unitIds).addValue("now", Timestamp.from(now))
        .addValue("overdue", Timestamp.from(overdueBefore));
  }

  private static Duration waited(Timestamp since, Instant now) {
    return since == null ? null : Duration.between(since.toInstant(), now);
  }

  private static Duration millis(double ms) {
    return Duration.ofMillis(Math.round(ms));
  }
}
