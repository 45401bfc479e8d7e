package id.kinerja.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting appointments and corrections carry dates: a Plt. appointed today from next Monday leads the unit only from
 * Monday, so the open tasks must move on Monday, not when HR records it (nor before). Each morning the tasks of the
 * employees whose line changed since {@code since} — the subtrees of units whose acting head began or ended, the
 * employees whose correction expired — follow the chart of today. Idempotent: a task already with the new holder
 * stays.
 */
@Component
class DailyChartChanges {

  private final OrganizationCharts charts;
  private final ActingHeads actingHeads;
  private final ReportingLineCorrections corrections;
  private final Employees employees;
  private final ReportingLineTasks tasks;

  DailyChartChanges(OrganizationCharts charts, ActingHeads actingHeads, ReportingLineCorrections corrections,
      Employees employees, ReportingLineTasks tasks) {
    this.charts = charts;
    this.actingHeads = actingHeads;
    this.corrections = corrections;
    this.employees = employees;
    this.tasks = tasks;
  }

  /** @return how many tasks moved */
  @Transactional
  int follow(LocalDate since, LocalDate today) {
    OrganizationChart before = charts.on(since);
    OrganizationChart after = charts.on(today);
    Map<Long, Employee> affected = new LinkedHashMap<>();
    for (Long unitId : actingHeads.findUnitIdsChangedBetween(since, today)) {
      employees.findActiveInUnits(after.subtreeOf(unitId)).forEach(e -> affected.putIfAbsent(e.getId(), e));
    }
    employees.findAllById(corrections.findEmployeeIdsExpiredBetween(since, today)).stream()
        .filter(Employee::isActive).forEach(e -> affected.putIfAbsent(e.getId(), e));
    return affected.isEmpty() ? 0 : tasks.follow(affected.values(), before, after);
  }
}
