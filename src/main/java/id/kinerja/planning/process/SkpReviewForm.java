package id.kinerja.planning.process;

import id.kinerja.common.ApiException;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.ReportingLine;
import id.kinerja.planning.ReviewDecision;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpVariables;
import id.kinerja.planning.SkpView;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Tinjau SKP": on create, assigns the employee's supervisor as resolved now from the tree (a vacant post falls
 * through to the next head up; with nobody above, HR's group gets it — never nobody) and shows a summary; on
 * complete, records the decision through {@link SkpService#review} and hands the gateway its outcome.
 */
@Component("skpReviewForm")
class SkpReviewForm implements TaskListener {

  private final SkpService skps;
  private final TaskAssignment assignment;
  private final TaskActor actor;
  private final Refusals refusals;

  SkpReviewForm(SkpService skps, TaskAssignment assignment, TaskActor actor, Refusals refusals) {
    this.skps = skps;
    this.assignment = assignment;
    this.actor = actor;
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    long skpId = ((Number) task.getVariable(SkpVariables.SKP_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ReportingLine line = skps.reportingLineOf(skpId);
      SkpView skp = skps.view(skpId);
      task.setVariableLocal(SkpVariables.FORM_SUMMARY, SkpSummaryText.of(skp));
      task.setVariableLocal(SkpVariables.FORM_DECISION, null);
      task.setVariableLocal(SkpVariables.FORM_NOTES, null);
      assignment.toPersonOrHr(task, line.supervisor() == null ? null : line.supervisor().username(),
          "skp-review-task", skp.employeeName(), skp.year());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object decision = task.getVariableLocal(SkpVariables.FORM_DECISION);
      Object notes = task.getVariableLocal(SkpVariables.FORM_NOTES);
      String reviewer = actor.of(task);
      refusals.run(() -> {
        ReviewDecision parsed = parse(decision);
        skps.review(skpId, parsed, notes == null ? null : notes.toString(), reviewer);
        task.getExecution().setVariable(SkpVariables.DECISION, parsed.name());
      });
    }
  }

  private static ReviewDecision parse(Object decision) {
    if (decision == null || decision.toString().isBlank()) {
      throw new id.kinerja.common.ValidationFailedException("skp.review.invalid",
          java.util.List.of(id.kinerja.common.Violation.of("decision", "skp.review.decision-required")));
    }
    try {
      return ReviewDecision.valueOf(decision.toString().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("skp.review.decision-unknown", decision);
    }
  }
}
