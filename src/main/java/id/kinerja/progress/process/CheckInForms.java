package id.kinerja.progress.process;

import id.kinerja.progress.CheckInVariables;
import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.notification.Notifier;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.ReportingLine;
import id.kinerja.organization.UnitHead;
import id.kinerja.planning.SkpService;
import id.kinerja.progress.CheckInService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The three tasks of {@code dialog-kinerja}: "Dialog kinerja" (the supervisor as resolved now records feedback and
 * agreed actions), "Konfirmasi dialog" (the employee acknowledges) and "Tindak lanjut dialog terlewat" (the senior,
 * when the check-in is overdue). Nobody above → HR's group.
 */
@Component("checkInForms")
class CheckInForms implements TaskListener {

  static final String TASK_DIALOG = CheckInVariables.TASK_DIALOG;
  static final String TASK_ACKNOWLEDGE = CheckInVariables.TASK_ACKNOWLEDGE;
  static final String TASK_MISSED = CheckInVariables.TASK_MISSED;

  private final CheckInService checkIns;
  private final SkpService skps;
  private final Notifier notifier;
  private final TaskAssignment assignment;
  private final AuditTrail audit;
  private final TaskActor actor;
  private final Refusals refusals;

  CheckInForms(CheckInService checkIns, SkpService skps, Notifier notifier, TaskAssignment assignment, AuditTrail audit, TaskActor actor,
      Refusals refusals) {
    this.checkIns = checkIns;
    this.skps = skps;
    this.notifier = notifier;
    this.assignment = assignment;
    this.audit = audit;
    this.actor = actor;
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    long skpId = ((Number) task.getVariable(CheckInVariables.SKP_ID)).longValue();
    String period = (String) task.getVariable(CheckInVariables.PERIOD);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      assign(task, skpId, period);
      return;
    }
    String who = actor.of(task);
    refusals.run(() -> {
      switch (task.getTaskDefinitionKey()) {
        case TASK_DIALOG -> checkIns.hold(skpId, period, LocalDate.parse((String) task.getVariable(CheckInVariables.DIALOG_DATE)),
            who, text(task, CheckInVariables.FORM_FEEDBACK), text(task, CheckInVariables.FORM_AGREED_ACTIONS));
        case TASK_ACKNOWLEDGE -> checkIns.acknowledge(skpId, period, who);
        default -> {
          String followUp = text(task, CheckInVariables.FORM_FOLLOW_UP);
          if (followUp == null || followUp.isBlank()) {
            throw ApiException.badRequest("checkin.follow-up-required");
          }
          audit.record(who, "CHECK_IN_ESCALATION_HANDLED", "skp", String.valueOf(skpId), followUp);
        }
      }
    });
  }

  private void assign(DelegateTask task, long skpId, String period) {
    var skp = skps.view(skpId);
    task.setVariableLocal(CheckInVariables.FORM_SUMMARY, "Dialog kinerja periode " + period + " — " + skp.employeeName() + " (NIP "
        + skp.employeeNip() + "), SKP " + skp.year());
    if (TASK_ACKNOWLEDGE.equals(task.getTaskDefinitionKey())) {
      task.setAssignee(skp.employeeUsername());
      notifier.notify(skp.employeeUsername(), "checkin-acknowledge", Notifier.taskPath(task.getId()), period);
      return;
    }
    ReportingLine line = skps.reportingLineOf(skpId);
    UnitHead who = TASK_DIALOG.equals(task.getTaskDefinitionKey()) ? line.supervisor()
        : line.senior() != null ? line.senior() : line.supervisor();
    assignment.toPersonOrHr(task, who == null ? null : who.username(),
        TASK_DIALOG.equals(task.getTaskDefinitionKey()) ? "checkin-task" : "checkin-missed", skp.employeeName(),
        period);
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }
}
