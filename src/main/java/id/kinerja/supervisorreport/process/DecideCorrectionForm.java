package id.kinerja.supervisorreport.process;

import static id.kinerja.supervisorreport.KoreksiAtasanVariables.*;

import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.EmployeeDirectory;
import id.kinerja.organization.EmployeeView;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Putuskan koreksi atasan": on create the task goes to HR's group with the report and today's reporting line shown
 * read-only; on complete the decision is checked (KOREKSI needs the new supervisor's NIP and an end date, both need a
 * reason) and stored for the gateway and {@link ApplyCorrection}. A refusal leaves the task open with its reasons.
 */
@Component("supervisorReportDecision")
class DecideCorrectionForm implements TaskListener {

  static final int REASON_MAX = 1000;

  private final TaskAssignment assignment;
  private final EmployeeDirectory directory;
  private final TaskActor actor;
  private final Refusals refusals;

  DecideCorrectionForm(TaskAssignment assignment, EmployeeDirectory directory, TaskActor actor, Refusals refusals) {
    this.assignment = assignment;
    this.directory = directory;
    this.actor = actor;
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      assignment.toHr(task);
      EmployeeView employee = directory.byNip(new KinerjaUser("system", Set.of(Role.HR)),
          (String) task.getVariable(NIP));
      task.setVariableLocal(FORM_REPORT, employee.name() + " (NIP " + employee.nip() + ", " + employee.unitName()
          + "): " + task.getVariable(MESSAGE));
      task.setVariableLocal(FORM_CURRENT_LINE, "Pejabat penilai: " + person(employee.supervisorName(),
          employee.supervisorNip()) + "; atasan pejabat penilai: " + person(employee.seniorName(),
          employee.seniorNip()) + " (sumber: " + employee.supervisorSource() + ")");
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      refusals.run(() -> decide(task));
    }
  }

  private void decide(DelegateTask task) {
    String decision = text(task.getVariable(FORM_DECISION));
    String reason = text(task.getVariable(FORM_REASON));
    List<Violation> violations = new ArrayList<>();
    if (!DECISION_CORRECT.equals(decision) && !DECISION_REJECT.equals(decision)) {
      violations.add(Violation.of(FORM_DECISION, "supervisor-report.decision"));
    }
    if (reason.isEmpty() || reason.length() > REASON_MAX) {
      violations.add(Violation.of(FORM_REASON, "supervisor-report.reason-required", REASON_MAX));
    }
    if (DECISION_CORRECT.equals(decision)) {
      if (text(task.getVariable(FORM_SUPERVISOR_NIP)).isEmpty()) {
        violations.add(Violation.of(FORM_SUPERVISOR_NIP, "correction.nip-required"));
      }
      if (text(task.getVariable(FORM_VALID_UNTIL)).isEmpty()) {
        violations.add(Violation.of(FORM_VALID_UNTIL, "correction.until-required"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("supervisor-report.invalid", violations);
    }
    task.setVariable(DECISION, decision);
    task.setVariable(REASON, reason);
    task.setVariable(DECIDED_BY, actor.of(task));
    if (DECISION_CORRECT.equals(decision)) {
      task.setVariable(SUPERVISOR_NIP, text(task.getVariable(FORM_SUPERVISOR_NIP)));
      String senior = text(task.getVariable(FORM_SENIOR_NIP));
      task.setVariable(SENIOR_NIP, senior.isEmpty() ? null : senior);
      task.setVariable(VALID_UNTIL, text(task.getVariable(FORM_VALID_UNTIL)));
    }
  }

  private static String person(String name, String nip) {
    return name == null ? "tidak ada" : name + " (NIP " + nip + ")";
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
