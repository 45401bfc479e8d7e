package id.kinerja.organization;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the current {@link OrganizationChart} from the database. */
@Component
public class OrganizationCharts {

  private final OrgUnits units;
  private final Employees employees;

  OrganizationCharts(OrgUnits units, Employees employees) {
    this.units = units;
    this.employees = employees;
  }

  @Transactional(readOnly = true)
  public OrganizationChart current() {
    return new OrganizationChart(units.findAllLinks(), employees.findHeads());
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
