package id.kinerja.organization;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current {@link OrganizationChart}: one chart per node, shared by every reader, rebuilt from the database when
 * the organisation's version ({@link OrganizationChanges}) or the day has changed since it was built (decision 105).
 */
@Component
public class OrganizationCharts {

  /** A safety net for writes that bypass {@link OrganizationChanges} (a DBA's SQL): the longest a chart is reused. */
  static final java.time.Duration MAX_AGE = java.time.Duration.ofMinutes(5);

  private record Cached(OrganizationChart chart, long version, java.time.LocalDate day, long builtAtNanos) {
  }

  private final OrgUnits units;
  private final Employees employees;
  private final ActingHeads actingHeads;
  private final ReportingLineCorrections corrections;
  private final java.time.Clock clock;
  private final OrganizationChanges changes;
  private volatile Cached cached;

  OrganizationCharts(OrgUnits units, Employees employees, ActingHeads actingHeads,
      ReportingLineCorrections corrections, java.time.Clock clock, OrganizationChanges changes) {
    this.units = units;
    this.employees = employees;
    this.actingHeads = actingHeads;
    this.corrections = corrections;
    this.clock = clock;
    this.changes = changes;
    changes.onChange(() -> cached = null);
  }

  /**
   * The chart today: the holders of the head posts, and where an acting head (Plt./Plh.) is valid today, the acting
   * head instead (decision 67); HR's corrections valid today win over both for their employees (decision 68) — the
   * one place acting appointments and corrections enter the reporting lines.
   *
   * <p>Cached: one primary-key read of the organisation's version per call while nothing changed; a transaction
   * that has changed the organisation gets a fresh chart with its own writes (never cached). Writers that read the
   * chart after their own changes flush them first (as {@code saveAndFlush} does).
   */
  @Transactional(readOnly = true)
  public OrganizationChart current() {
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    if (changes.changedInThisTransaction()) {
      return on(today);
    }
    // the version first, then the data: a chart is never older than the version it is filed under
    long version = changes.version();
    long now = System.nanoTime();
    Cached c = cached;
    if (c != null && c.version() == version && c.day().equals(today) && now - c.builtAtNanos() < MAX_AGE.toNanos()) {
      return c.chart();
    }
    OrganizationChart chart = on(today);
    cached = new Cached(chart, version, today, now);
    return chart;
  }

  /**
   * The chart with today's holders and the acting heads and corrections valid on {@code today}, built afresh (the
   * daily job asks for a given day; {@link #current()} caches today's).
   */
  @Transactional(readOnly = true)
  OrganizationChart on(java.time.LocalDate today) {
    java.util.Map<Long, UnitHead> heads = new java.util.LinkedHashMap<>();
    for (UnitHead holder : employees.findHeads()) {
      heads.put(holder.unitId(), holder);
    }
    for (UnitHead acting : actingHeads.findValidOn(today)) {
      heads.put(acting.unitId(), acting);
    }
    return new OrganizationChart(units.findAllLinks(), java.util.List.copyOf(heads.values()),
        corrections.findValidOn(today));
  }

  /** The active holder of a unit's head post (not an acting head), or null when the post is vacant. */
  @Transactional(readOnly = true)
  public UnitHead holderOf(long unitId) {
    return employees.findHeads().stream().filter(h -> h.unitId() == unitId).findFirst().orElse(null);
  }

  /** The usernames of an employee's supervisor and senior (those with logins) in the given chart, nearest first. */
  @Transactional(readOnly = true)
  public java.util.List<String> supervisorsOf(String username, OrganizationChart chart) {
    return employees.findByUsername(username)
        .map(employee -> lineOf(chart, employee))
        .map(line -> java.util.stream.Stream.of(line.supervisor(), line.senior())
            .filter(java.util.Objects::nonNull).map(UnitHead::username).filter(java.util.Objects::nonNull).toList())
        .orElse(java.util.List.of());
  }

  /** The reporting line of one employee. */
  public static ReportingLine lineOf(OrganizationChart chart, Employee employee) {
    Position position = employee.getPosition();
    return chart.lineOf(employee.getId(), employee.getUnit().getId(), position != null && position.isHead());
  }
}
