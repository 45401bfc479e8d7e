package id.kinerja.organization;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the current {@link OrganizationChart} from the database. */
@Component
public class OrganizationCharts {

  private final OrgUnits units;
  private final Employees employees;
  private final ActingHeads actingHeads;
  private final ReportingLineCorrections corrections;
  private final java.time.Clock clock;

  OrganizationCharts(OrgUnits units, Employees employees, ActingHeads actingHeads,
      ReportingLineCorrections corrections, java.time.Clock clock) {
    this.units = units;
    this.employees = employees;
    this.actingHeads = actingHeads;
    this.corrections = corrections;
    this.clock = clock;
  }

  /**
   * The chart today: the holders of the head posts, and where an acting head (Plt./Plh.) is valid today, the acting
   * head instead (decision 67); HR's corrections valid today win over both for their employees (decision 68) — the
   * one place acting appointments and corrections enter the reporting lines.
   */
  @Transactional(readOnly = true)
  public OrganizationChart current() {
    return on(java.time.LocalDate.now(clock));
  }

  /** The chart with today's holders and the acting heads and corrections valid on {@code today} (the daily job). */
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
