package id.kinerja.organization;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the current {@link OrganizationChart} from the database. */
@Component
public class OrganizationCharts {

  private final OrgUnits units;
  private final Employees employees;
  private final ActingHeads actingHeads;
  private final java.time.Clock clock;

  OrganizationCharts(OrgUnits units, Employees employees, ActingHeads actingHeads, java.time.Clock clock) {
    this.units = units;
    this.employees = employees;
    this.actingHeads = actingHeads;
    this.clock = clock;
  }

  /**
   * The chart today: the holders of the head posts, and where an acting head (Plt./Plh.) is valid today, the acting
   * head instead (decision 67) — the one place acting appointments enter the reporting lines.
   */
  @Transactional(readOnly = true)
  public OrganizationChart current() {
    java.util.Map<Long, UnitHead> heads = new java.util.LinkedHashMap<>();
    for (UnitHead holder : employees.findHeads()) {
      heads.put(holder.unitId(), holder);
    }
    for (UnitHead acting : actingHeads.findValidOn(java.time.LocalDate.now(clock))) {
      heads.put(acting.unitId(), acting);
    }
    return new OrganizationChart(units.findAllLinks(), java.util.List.copyOf(heads.values()));
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
