package id.kinerja.report;

import id.kinerja.coaching.CoachingFigures;
import id.kinerja.engine.TaskWaits;
import id.kinerja.evaluation.EvaluationFigures;
import id.kinerja.organization.UnitScopes;
import id.kinerja.planning.SkpFigures;
import id.kinerja.progress.ProgressFigures;
import id.kinerja.reward.RewardFigures;
import id.kinerja.security.KinerjaUser;
import id.kinerja.survey.SurveyFigures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The figures behind every dashboard (decision 80), for HR (every unit) and heads (the units they lead with
 * everything below; anyone else 403). Each answer is a few grouping SQL statements of the owning modules, grouped by
 * unit and rolled up to the OPD here; no entity is loaded. Overdue task: past its due date, or without one open for
 * longer than {@code kinerja.dashboard.overdue-after} (default 7 days, decision 82).
 */
@Service
public class Dashboards {

  private final ReportScope scope;
  private final UnitScopes units;
  private final SkpFigures skps;
  private final ProgressFigures progress;
  private final EvaluationFigures evaluations;
  private final SurveyFigures surveys;
  private final CoachingFigures coaching;
  private final TaskWaits tasks;
  private final RewardFigures rewards;
  private final Clock clock;
  private final Duration overdueAfter;

  Dashboards(ReportScope scope, UnitScopes units, SkpFigures skps, ProgressFigures progress,
      EvaluationFigures evaluations, SurveyFigures surveys, CoachingFigures coaching, TaskWaits tasks, RewardFigures rewards, Clock clock,
      @Value("${kinerja.dashboard.overdue-after:P7D}") Duration overdueAfter) {
    this.scope = scope;
    this.units = units;
    this.skps = skps;
    this.progress = progress;
    this.evaluations = evaluations;
    this.surveys = surveys;
    this.coaching = coaching;
    this.tasks = tasks;
    this.rewards = rewards;
    this.clock = clock;
    this.overdueAfter = overdueAfter;
  }

  /** One unit's (or OPD's) line of the cycle-progress dashboard. */
  public record ProgressRow(String unitCode, String unitName, Map<String, Long> skpByStatus, long indicators,
      long indicatorsWithEntryThisMonth, Map<String, Long> evaluationsByStep, long openTasks, long overdueTasks) {

    /** The evaluations by step with the steps' Indonesian names, for pages. */
    public Map<String, Long> evaluationsByStepLabelled() {
      Map<String, Long> labelled = new LinkedHashMap<>();
      evaluationsByStep.forEach((step, count) -> labelled.put(Labels.of(Labels.EVALUATION_STATUS, step), count));
      return labelled;
    }
  }

  public record Progress(int year, LocalDate monthFrom, LocalDate monthTo, List<ProgressRow> organisations,
      List<ProgressRow> units) {
  }

  public Progress progress(KinerjaUser user, String yearParameter) {
    Collection<Long> visible = scope.visibleUnits(user);
    int year = ReportParameters.year(yearParameter);
    UnitRollup tree = new UnitRollup(units);
    LocalDate today = LocalDate.now(clock);
    LocalDate monthFrom = today.withDayOfMonth(1);
    LocalDate monthTo = today.withDayOfMonth(today.lengthOfMonth());
    Map<Long, Acc> perUnit = new TreeMap<>();
    skps.byStatus(year, visible).forEach(c -> acc(perUnit, c.unitId()).skp.merge(c.status(), c.count(), Long::sum));
    progress.indicatorsWithEntry(year, monthFrom, monthTo, visible).forEach(c -> {
      Acc a = acc(perUnit, c.unitId());
      a.indicators += c.indicators();
      a.withEntry += c.withEntry();
    });
    evaluations.byStatus(year, visible)
        .forEach(c -> acc(perUnit, c.unitId()).evaluations.merge(c.key(), c.count(), Long::sum));
    Instant now = clock.instant();
    tasks.open(visible, now, now.minus(overdueAfter), year).forEach(t -> {
      if (t.unitId() != null) {
        Acc a = acc(perUnit, t.unitId());
        a.open += t.open();
        a.overdue += t.overdue();
      }
    });
    Map<Long, Acc> perOrganisation = new TreeMap<>();
    List<ProgressRow> unitRows = new ArrayList<>();
    perUnit.forEach((unitId, a) -> {
      unitRows.add(a.row(tree.code(unitId), tree.name(unitId)));
      tree.organisation(unitId).ifPresent(opd -> acc(perOrganisation, opd.getId()).add(a));
    });
    List<ProgressRow> organisationRows = new ArrayList<>();
    perOrganisation.forEach((id, a) -> organisationRows.add(a.row(tree.code(id), tree.name(id))));
    unitRows.sort(java.util.Comparator.comparing(ProgressRow::unitCode,
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    organisationRows.sort(java.util.Comparator.comparing(ProgressRow::unitCode,
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    return new Progress(year, monthFrom, monthTo, organisationRows, unitRows);
  }

  /**
   * Open tasks per task definition and unit; completed tasks of the last 365 days; the slowest assignees; and per
   * process where its instances wait (the heat view on its diagram).
   */
  public record Bottlenecks(List<OpenRow> open, List<CompletedRow> completed, List<AssigneeRow> slowestAssignees,
      List<ProcessHeat> heat) {
  }

  /** One process's open tasks per user task (every version adds up), the most first. */
  public record ProcessHeat(String processKey, long open, long overdue, List<ActivityHeat> activities) {
  }

  public record ActivityHeat(String activityId, String name, long open, long overdue) {
  }

  public record OpenRow(String taskKey, String taskName, String unitCode, String unitName, long open, long overdue,
      Double medianWaitDays, Double p90WaitDays) {
  }

  public record CompletedRow(String processKey, String taskKey, String taskName, long completed, long late,
      Double medianDays, Double p90Days) {
  }

  public record AssigneeRow(String username, String name, String unitCode, long open, long overdue,
      Double longestWaitDays) {
  }

  public Bottlenecks bottlenecks(KinerjaUser user) {
    Collection<Long> visible = scope.visibleUnits(user);
    UnitRollup tree = new UnitRollup(units);
    Instant now = clock.instant();
    Instant overdue = now.minus(overdueAfter);
    List<OpenRow> open = tasks.open(visible, now, overdue).stream().map(t -> new OpenRow(t.taskKey(), t.taskName(),
        tree.code(t.unitId()), tree.name(t.unitId()), t.open(), t.overdue(), days(t.medianWait()),
        days(t.p90Wait()))).toList();
    List<CompletedRow> completed = tasks.completed(visible, now.minus(Duration.ofDays(365)), now).stream()
        .map(t -> new CompletedRow(t.processKey(), t.taskKey(), t.taskName(), t.completed(), t.late(),
            days(t.median()), days(t.p90()))).toList();
    List<AssigneeRow> assignees = tasks.slowestAssignees(visible, now, overdue, 10).stream()
        .map(a -> new AssigneeRow(a.username(), a.name(), tree.code(a.unitId()), a.open(), a.overdue(),
            days(a.longestWait()))).toList();
    Map<String, List<ActivityHeat>> perProcess = new LinkedHashMap<>();
    tasks.waitingPerActivity(visible, now, overdue).forEach(w -> perProcess.computeIfAbsent(w.processKey(),
        k -> new ArrayList<>()).add(new ActivityHeat(w.taskKey(), w.taskName(), w.open(), w.overdue())));
    List<ProcessHeat> heat = new ArrayList<>();
    perProcess.forEach((key, activities) -> heat.add(new ProcessHeat(key,
        activities.stream().mapToLong(ActivityHeat::open).sum(),
        activities.stream().mapToLong(ActivityHeat::overdue).sum(), activities)));
    heat.sort(java.util.Comparator.comparingLong(ProcessHeat::open).reversed()
        .thenComparing(ProcessHeat::processKey));
    return new Bottlenecks(open, completed, assignees, heat);
  }

  /** Per OPD: its predikat, the state of its curve check and its employees' predikat. */
  public record DistributionRow(String organisationCode, String organisationName, String organisationPredikat,
      String curveStatus, Map<String, Long> employees, long total) {

    /** The organisation's predikat in Indonesian ("Baik"), "-" when not set yet. */
    public String organisationPredikatLabel() {
      return Labels.of(Labels.ORGANISATION_PREDIKAT, organisationPredikat);
    }

    /** The curve check in Indonesian ("Sesuai kurva"). */
    public String curveStatusLabel() {
      return Labels.of(Labels.CURVE, curveStatus);
    }
  }

  public record Distribution(int year, List<DistributionRow> organisations, Map<String, Long> overall,
      List<CalibrationRow> calibrations) {
  }

  public record CalibrationRow(String nip, String name, String unitCode, String by, Instant at, String details) {
  }

  public Distribution distribution(KinerjaUser user, String yearParameter) {
    Collection<Long> visible = scope.visibleUnits(user);
    int year = ReportParameters.year(yearParameter);
    UnitRollup tree = new UnitRollup(units);
    Map<Long, Map<String, Long>> perOrganisation = new TreeMap<>();
    Map<String, Long> overall = predikatMap();
    evaluations.annualPredikat(year, visible).forEach(c -> tree.organisation(c.unitId()).ifPresent(opd -> {
      perOrganisation.computeIfAbsent(opd.getId(), k -> predikatMap()).merge(c.key(), c.count(), Long::sum);
      overall.merge(c.key(), c.count(), Long::sum);
    }));
    Map<Long, EvaluationFigures.OrganisationPredikatRow> ratings = new LinkedHashMap<>();
    evaluations.organisationPredikat(year).stream()
        .filter(r -> visible == null || visible.contains(r.unitId())).forEach(r -> ratings.put(r.unitId(), r));
    java.util.Set<Long> ids = new java.util.TreeSet<>(perOrganisation.keySet());
    ids.addAll(ratings.keySet());
    List<DistributionRow> rows = new ArrayList<>();
    for (Long id : ids) {
      Map<String, Long> counts = perOrganisation.getOrDefault(id, predikatMap());
      EvaluationFigures.OrganisationPredikatRow rating = ratings.get(id);
      rows.add(new DistributionRow(tree.code(id), tree.name(id), rating == null ? null : rating.predikat(),
          rating == null ? null : rating.curveStatus(), counts,
          counts.values().stream().mapToLong(Long::longValue).sum()));
    }
    rows.sort(java.util.Comparator.comparing(DistributionRow::organisationCode));
    List<CalibrationRow> calibrations = evaluations.calibrations(year, visible).stream().map(c -> new CalibrationRow(
        c.nip(), c.name(), tree.code(c.unitId()), c.by(), c.at(), c.details())).toList();
    return new Distribution(year, rows, overall, calibrations);
  }

  /**
   * The IKM per service unit and quarter of a year, with the complaints of that quarter: received, answered,
   * answered by their deadline, and open past it now.
   */
  public record IkmRow(String unitCode, String unitName, int quarter, long respondents, Integer minimumSample,
      Boolean sampleSufficient, BigDecimal ikmConverted, String grade, Map<String, BigDecimal> nrr,
      long complaints, long complaintsAnswered, long complaintsAnsweredInTime, long complaintsOpenOverdue,
      String complaintsAnsweredInTimeShare) {
  }

  public List<IkmRow> ikm(KinerjaUser user, String yearParameter) {
    Collection<Long> visible = scope.visibleUnits(user);
    int year = ReportParameters.year(yearParameter);
    UnitRollup tree = new UnitRollup(units);
    Map<List<Long>, SurveyFigures.ComplaintPoint> complaints = new java.util.HashMap<>();
    surveys.complaintsByQuarter(year, visible, clock.getZone(), clock.instant())
        .forEach(c -> complaints.put(List.of(c.unitId(), (long) c.quarter()), c));
    List<IkmRow> rows = new ArrayList<>();
    for (SurveyFigures.IkmPoint p : surveys.ikmByQuarter(year, visible)) {
      SurveyFigures.ComplaintPoint c = complaints.remove(List.of(p.unitId(), (long) p.quarter()));
      rows.add(ikmRow(tree, p.unitId(), p.quarter(), p, c));
    }
    // a complaint's instant may fall in a quarter its response's date does not (at midnight of a quarter's end)
    complaints.values().forEach(c -> rows.add(ikmRow(tree, c.unitId(), c.quarter(), null, c)));
    rows.sort(java.util.Comparator.comparing(IkmRow::unitCode, java.util.Comparator.nullsLast(
        java.util.Comparator.<String>naturalOrder())).thenComparing(IkmRow::quarter));
    return rows;
  }

  private static IkmRow ikmRow(UnitRollup tree, long unitId, int quarter, SurveyFigures.IkmPoint p,
      SurveyFigures.ComplaintPoint c) {
    long answered = c == null ? 0 : c.answered();
    long inTime = c == null ? 0 : c.answeredInTime();
    return new IkmRow(tree.code(unitId), tree.name(unitId), quarter, p == null ? 0 : p.respondents(),
        p == null ? null : p.minimumSample(),
        p == null || p.minimumSample() == null ? null : p.respondents() >= p.minimumSample(),
        p == null ? null : p.ikmConverted(), p == null ? null : p.grade(), p == null ? Map.of() : p.nrr(),
        c == null ? 0 : c.received(), answered, inTime, c == null ? 0 : c.openOverdue(),
        answered == 0 ? null : Labels.percent(inTime, answered));
  }

  /** Coaching started in the year by status, and the share improved of those decided. */
  public record FollowUp(int year, Map<String, Long> coaching, String improvedShare,
      List<RewardFigures.TypeCount> rewards, BigDecimal incentiveBudget, BigDecimal incentiveUsed) {
  }

  public FollowUp followUp(KinerjaUser user, String yearParameter) {
    Collection<Long> visible = scope.visibleUnits(user);
    int year = ReportParameters.year(yearParameter);
    Map<String, Long> counts = coaching.byStatus(start(year), start(year + 1), visible);
    long improved = counts.getOrDefault("IMPROVED", 0L);
    // rewards and budgets belong to organisations: a head sees those of the OPD units within their scope
    RewardFigures.Budget budget = rewards.budget(year, visible);
    return new FollowUp(year, counts, Labels.percent(improved, improved + counts.getOrDefault("ESCALATED", 0L)),
        rewards.byType(year, visible), budget.budget(), budget.used());
  }

  /** Per supervisor: the predikat given against the organisation's (all raters in scope) distribution. */
  public record RaterRow(String rater, Map<String, Long> predikat, long total, String shareSangatBaik,
      String shareBelowBaik, long overrides, long objections, long upheld) {
  }

  public record Raters(int year, Map<String, Long> overall, String overallShareSangatBaik, List<RaterRow> raters) {
  }

  public Raters raters(KinerjaUser user, String yearParameter) {
    Collection<Long> visible = scope.visibleUnits(user);
    int year = ReportParameters.year(yearParameter);
    Map<String, Map<String, Long>> given = new TreeMap<>();
    Map<String, long[]> extra = new TreeMap<>();
    Map<String, Long> overall = predikatMap();
    for (EvaluationFigures.RaterRow r : evaluations.raters(year, visible)) {
      given.computeIfAbsent(r.rater(), k -> predikatMap()).merge(r.predikat(), r.count(), Long::sum);
      overall.merge(r.predikat(), r.count(), Long::sum);
      long[] e = extra.computeIfAbsent(r.rater(), k -> new long[3]);
      e[0] += r.overrides();
      e[1] += r.objections();
      e[2] += r.upheld();
    }
    List<RaterRow> rows = new ArrayList<>();
    given.forEach((rater, counts) -> {
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      long below = counts.get("BUTUH_PERBAIKAN") + counts.get("KURANG") + counts.get("SANGAT_KURANG");
      long[] e = extra.get(rater);
      rows.add(new RaterRow(rater, counts, total, Labels.percent(counts.get("SANGAT_BAIK"), total),
          Labels.percent(below, total), e[0], e[1], e[2]));
    });
    long all = overall.values().stream().mapToLong(Long::longValue).sum();
    return new Raters(year, overall, Labels.percent(overall.get("SANGAT_BAIK"), all), rows);
  }

  Instant start(int year) {
    ZoneId zone = clock.getZone();
    return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
  }

  static Map<String, Long> predikatMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    Labels.PREDIKAT_ORDER.forEach(p -> map.put(p, 0L));
    return map;
  }

  private static Double days(Duration duration) {
    return duration == null ? null : Math.round(duration.toMinutes() / 144.0) / 10.0;
  }

  private static Acc acc(Map<Long, Acc> map, long unitId) {
    return map.computeIfAbsent(unitId, k -> new Acc());
  }

  /** Sums of one unit or OPD while rolling up. */
  private static final class Acc {
    final Map<String, Long> skp = new TreeMap<>();
    final Map<String, Long> evaluations = new TreeMap<>();
    long indicators;
    long withEntry;
    long open;
    long overdue;

    void add(Acc other) {
      other.skp.forEach((k, v) -> skp.merge(k, v, Long::sum));
      other.evaluations.forEach((k, v) -> evaluations.merge(k, v, Long::sum));
      indicators += other.indicators;
      withEntry += other.withEntry;
      open += other.open;
      overdue += other.overdue;
    }

    ProgressRow row(String code, String name) {
      return new ProgressRow(code, name, skp, indicators, withEntry, evaluations, open, overdue);
    }
  }
}
