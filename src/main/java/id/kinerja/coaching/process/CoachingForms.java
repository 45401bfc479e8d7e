package id.kinerja.coaching.process;

import id.kinerja.coaching.CoachingService;
import id.kinerja.coaching.CoachingVariables;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.UnitHead;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The tasks of {@code pembinaan-kinerja}: the plan and the sessions (the supervisor as resolved now), the employee's
 * acknowledgement, and HR's follow-up when the rounds are used up; each through {@link CoachingService}.
 */
@Component("coachingForms")
class CoachingForms implements TaskListener {

  private final CoachingService coaching;
  private final EvaluationService evaluations;
  private final TaskAssignment assignment;
  private final TaskActor actor;
  private final Refusals refusals;

  CoachingForms(CoachingService coaching, EvaluationService evaluations, TaskAssignment assignment, TaskActor actor,
      Refusals refusals) {
    this.coaching = coaching;
    this.evaluations = evaluations;
    this.assignment = assignment;
    this.actor = actor;
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    long planId = ((Number) task.getVariable(CoachingVariables.PLAN_ID)).longValue();
    String key = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (CoachingVariables.TASK_ACKNOWLEDGE.equals(key)) {
        assignment.toPersonOrHr(task, (String) task.getVariable(CoachingVariables.EMPLOYEE), "coaching-task",
            task.getName());
      } else if (CoachingVariables.TASK_PLAN.equals(key) || CoachingVariables.TASK_SESSION.equals(key)) {
        UnitHead supervisor = evaluations.reportingLineOfSkp(
            ((Number) task.getVariable(CoachingVariables.SKP_ID)).longValue()).supervisor();
        assignment.toPersonOrHr(task, supervisor == null ? null : supervisor.username(), "coaching-task",
            task.getName());
      } else {
        assignment.toHr(task);
      }
      return;
    }
    String who = actor.of(task);
    refusals.run(() -> {
      switch (key) {
        case CoachingVariables.TASK_PLAN -> coaching.draftPlan(planId, text(task, CoachingVariables.FORM_GOAL),
            task.getVariable(CoachingVariables.FORM_ACTIONS), text(task, CoachingVariables.FORM_SCHEDULE), who);
        case CoachingVariables.TASK_SESSION -> coaching.recordSession(planId,
            text(task, CoachingVariables.FORM_SESSION_DATE), text(task, CoachingVariables.FORM_SESSION_NOTES), who);
        case CoachingVariables.TASK_ACKNOWLEDGE -> coaching.acknowledge(planId,
            text(task, CoachingVariables.FORM_EMPLOYEE_FEEDBACK), task.getVariable(CoachingVariables.FORM_COMPETENCIES),
            who);
        default -> coaching.followUp(planId, text(task, CoachingVariables.FORM_FOLLOW_UP),
            text(task, CoachingVariables.FORM_FOLLOW_UP_REASON), who);
      }
    });
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }
}
