package id.kinerja.organization;

import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see an employee and what is theirs (profile, SKP, realisations, evaluations): HR, the employee, and
 * whoever holds a head post above the employee's unit (or of it, for staff of that unit) — the one place this rule
 * is written. The engine's grants per process instance follow the same chart ({@link ProcessInstanceAccess}).
 */
@Service
@Transactional(readOnly = true)
public class EmployeeAccess {

  private final Employees employees;
  private final OrganizationCharts charts;

  EmployeeAccess(Employees employees, OrganizationCharts charts) {
    this.employees = employees;
    this.charts = charts;
  }

  public boolean maySee(KinerjaUser user, Employee employee) {
    return user.has(Role.HR) || employee.getUsername().equals(user.username()) || leads(user.username(), employee);
  }

  /**
   * Whether {@code username} holds a head post above the employee's unit (or of it), not being the employee, or is
   * named their supervisor or senior by HR's correction.
   */
  public boolean leads(String username, Employee employee) {
    return employees.findByUsername(username)
        .filter(me -> !me.getId().equals(employee.getId()))
        .map(me -> {
          OrganizationChart chart = charts.current();
          return chart.unitsLedBy(me.getId()).contains(employee.getUnit().getId())
              || chart.correctedLineNames(employee.getId(), me.getId());
        })
        .orElse(false);
  }

  /** Whether {@code username} holds a head post, i.e. has anyone to supervise or lead. */
  public boolean leadsAnyone(String username) {
    return employees.findByUsername(username)
        .map(me -> !charts.current().unitsLedBy(me.getId()).isEmpty())
        .orElse(false);
  }
}
