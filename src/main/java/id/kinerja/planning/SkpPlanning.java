package id.kinerja.planning;

import id.kinerja.organization.Employee;
import id.kinerja.organization.Staff;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts the {@code skp-planning} process: one per employee and year, and one per revision. */
@Service
public class SkpPlanning {

  public static final String PROCESS_KEY = "skp-planning";

  private final Skps skps;
  private final Staff employees;
  private final SkpService service;
  private final RuntimeService runtime;
  private final PlanningSettingsSource settingsSource;
  private final Clock clock;

  SkpPlanning(Skps skps, Staff employees, SkpService service, RuntimeService runtime,
      PlanningSettingsSource settingsSource, Clock clock) {
    this.skps = skps;
    this.employees = employees;
    this.service = service;
    this.runtime = runtime;
    this.settingsSource = settingsSource;
    this.clock = clock;
  }

  /** Creates the employee's draft SKP for the cycle's year and starts its planning, unless one exists already. */
  @Transactional
  public boolean startFor(long employeeId, PlanningSettings settings) {
    if (skps.existsByEmployeeIdAndYear(employeeId, settings.year())) {
      return false;
    }
    Employee employee = employees.byId(employeeId).orElseThrow();
    Skp skp = skps.save(new Skp(employee, settings.cycleId(), settings.year(), clock.instant()));
    start(skp, settings);
    return true;
  }

  /** The employee asks to revise an agreed SKP: a new draft revision goes through the same review. */
  @Transactional
  public SkpView requestRevision(long skpId, String actor) {
    Skp revision = service.requestRevision(skpId, actor);
    start(revision, settingsSource.forCycle(revision.getCycleId()));
    return SkpView.of(revision);
  }

  @Transactional(readOnly = true)
  public long countStarted(long cycleId) {
    return skps.countByCycleIdAndRevision(cycleId, 0);
  }

  private void start(Skp skp, PlanningSettings settings) {
    skps.flush();
    Map<String, Object> variables = new HashMap<>();
    variables.put(SkpVariables.SKP_ID, skp.getId());
    variables.put(SkpVariables.EMPLOYEE, skp.getEmployee().getUsername());
    variables.put(SkpVariables.REVISION, skp.getRevision());
    variables.put(SkpVariables.SUBMIT_REMINDER, days(settings.submitReminderDays()));
    variables.put(SkpVariables.REVIEW_REMINDER, days(settings.reviewReminderDays()));
    variables.put(SkpVariables.ESCALATION, days(settings.escalationDays()));
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(skp.getId()), variables);
    skp.startedAs(instance.getId());
  }

  public static String businessKey(long skpId) {
    return "skp-" + skpId;
  }

  private static String days(int days) {
    return id.kinerja.common.Durations.days(days);
  }
}
