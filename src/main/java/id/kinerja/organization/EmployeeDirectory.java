package id.kinerja.organization;

import id.kinerja.common.ApiException;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which employee: HR sees everyone; others see themselves and the employees of the units they
 * lead (directly or further down the tree).
 */
@Service
@Transactional(readOnly = true)
public class EmployeeDirectory {

  private final Employees employees;
  private final OrgUnits units;
  private final OrganizationCharts charts;
  private final EmployeeAccess access;

  EmployeeDirectory(Employees employees, OrgUnits units, OrganizationCharts charts, EmployeeAccess access) {
    this.access = access;
    this.employees = employees;
    this.units = units;
    this.charts = charts;
  }

  public Page<EmployeeView> visibleTo(KinerjaUser user, int page, int size) {
    OrganizationChart chart = charts.current();
    PageRequest request = PageRequest.of(page, size);
    Page<Employee> found;
    if (user.has(Role.HR)) {
      found = employees.findActive(request);
    } else {
      Employee self = employees.findByUsername(user.username())
          .orElseThrow(() -> ApiException.forbidden("employee.no-profile", user.username()));
      Set<Long> led = chart.unitsLedBy(self.getId());
      found = employees.findActiveInUnitsOrSelf(led.isEmpty() ? List.of(-1L) : led, self.getId(), request);
    }
    return found.map(e -> EmployeeView.of(e, OrganizationCharts.lineOf(chart, e)));
  }

  public EmployeeView byNip(KinerjaUser user, String nip) {
    Employee employee = employees.findByNip(nip)
        .orElseThrow(() -> ApiException.notFound("employee.not-found", nip));
    OrganizationChart chart = charts.current();
    if (!mayView(user, employee, chart)) {
      throw ApiException.forbidden("employee.forbidden", nip);
    }
    return EmployeeView.of(employee, OrganizationCharts.lineOf(chart, employee));
  }

  public List<UnitView> units() {
    OrganizationChart chart = charts.current();
    return units.findAllWithParent().stream().map(u -> {
      UnitHead head = chart.headOf(u.getId());
      return new UnitView(u.getCode(), u.getName(), u.getLevel(),
          u.getParent() == null ? null : u.getParent().getCode(),
          head == null ? null : head.nip(), head == null ? null : head.name());
    }).toList();
  }

  private boolean mayView(KinerjaUser user, Employee employee, OrganizationChart chart) {
    return access.maySee(user, employee);
  }
}
