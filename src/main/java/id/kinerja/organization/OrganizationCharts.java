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

  /** The reporting line of one employee. */
  public static ReportingLine lineOf(OrganizationChart chart, Employee employee) {
    Position position = employee.getPosition();
    return chart.lineOf(employee.getId(), employee.getUnit().getId(), position != null && position.isHead());
  }
}
