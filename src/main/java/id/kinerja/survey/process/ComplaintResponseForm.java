package id.kinerja.survey.process;

import id.kinerja.survey.ComplaintVariables;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.UnitHead;
import id.kinerja.survey.ComplaintHandling;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Tanggapi pengaduan" and its escalation: assigns the head of the service unit (or, escalated, the head above),
 * HR's group when nobody holds such a post; on complete records the answer ({@code tanggapan}, required).
 */
@Component("complaintResponse")
class ComplaintResponseForm implements TaskListener {

  static final String ESCALATED_TASK = ComplaintVariables.TASK_ESCALATED;

  private final ComplaintHandling complaints;
  private final TaskAssignment assignment;
  private final TaskActor actor;
  private final Refusals refusals;

  ComplaintResponseForm(ComplaintHandling complaints, TaskAssignment assignment, TaskActor actor, Refusals refusals) {
    this.complaints = complaints;
    this.assignment = assignment;
    this.actor = actor;
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = ((Number) task.getVariable(ComplaintVariables.COMPLAINT_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      int level = ESCALATED_TASK.equals(task.getTaskDefinitionKey()) ? 1 : 0;
      task.setVariableLocal(ComplaintVariables.FORM_COMPLAINT_TEXT, complaints.textOf(complaintId));
      Optional<UnitHead> responder = complaints.responder(complaintId, level);
      assignment.toPersonOrHr(task, responder.map(UnitHead::username).orElse(null),
          level == 0 ? "complaint-task" : "complaint-escalated");
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object answer = task.getVariable(ComplaintVariables.FORM_RESPONSE);
      String by = actor.of(task);
      refusals.run(() -> complaints.answer(complaintId, answer == null ? null : answer.toString(),
          by == null ? "system" : by));
    }
  }
}
