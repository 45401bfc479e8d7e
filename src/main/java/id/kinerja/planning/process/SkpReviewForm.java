package id.kinerja.planning.process;

import id.kinerja.common.ApiException;
import id.kinerja.common.Labels;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.ReportingLine;
import id.kinerja.planning.ReviewDecision;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpVariables;
import id.kinerja.planning.SkpView;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Tinjau SKP": on create, assigns the employee's supervisor as resolved now from the tree (a vacant post falls
 * through to the next head up; with nobody above, HR's group gets it — never nobody) and shows a summary, and after
 * a return also the earlier rounds' notes and what changed since (the summary kept when it was returned, compared
 * line by line, decision 87); on complete, records the decision through {@link SkpService#review} and hands the
 * gateway its outcome.
 */
@Component("skpReviewForm")
class SkpReviewForm implements TaskListener {

  private final SkpService skps;
  private final TaskAssignment assignment;
  private final TaskActor actor;
  private final Refusals refusals;
  private final Labels labels;

  SkpReviewForm(SkpService skps, TaskAssignment assignment, TaskActor actor, Refusals refusals, Labels labels) {
    this.skps = skps;
    this.assignment = assignment;
    this.actor = actor;
    this.refusals = refusals;
    this.labels = labels;
  }

  @Override
  public void notify(DelegateTask task) {
    long skpId = ((Number) task.getVariable(SkpVariables.SKP_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ReportingLine line = skps.reportingLineOf(skpId);
      SkpView skp = skps.view(skpId);
      String summary = SkpSummaryText.of(skp, labels);
      task.setVariableLocal(SkpVariables.FORM_SUMMARY, summary);
      task.setVariableLocal(SkpVariables.FORM_EARLIER_NOTES, earlierNotes(skp));
      task.setVariableLocal(SkpVariables.FORM_CHANGES,
          changes((String) task.getVariable(SkpVariables.RETURNED_SUMMARY), summary));
      task.setVariableLocal(SkpVariables.FORM_DECISION, null);
      task.setVariableLocal(SkpVariables.FORM_NOTES, null);
      assignment.toPersonOrHr(task, line.supervisor() == null ? null : line.supervisor().username(),
          "skp-review-task", skp.employeeName(), skp.year());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object decision = submitted(task, SkpVariables.FORM_DECISION, SkpVariables.FORMER_FORM_DECISION);
      Object notes = submitted(task, SkpVariables.FORM_NOTES, SkpVariables.FORMER_FORM_NOTES);
      String reviewer = actor.of(task);
      refusals.run(() -> {
        ReviewDecision parsed = parse(decision);
        skps.review(skpId, parsed, notes == null ? null : notes.toString(), reviewer);
        task.getExecution().setVariable(SkpVariables.DECISION, parsed.name());
        if (parsed == ReviewDecision.RETURN) {
          task.getExecution().setVariable(SkpVariables.RETURNED_SUMMARY, SkpSummaryText.of(skps.view(skpId), labels));
        }
      });
    }
  }

  /**
   * A field the form (or a REST client) submitted, under its name or its name before decision 110. A task created
   * before the rename has no task-local field of the new name, so the engine stored the submitted value on the
   * process; it is read from there and removed, so that no later round sees it.
   */
  static Object submitted(DelegateTask task, String name, String formerName) {
    Object value = task.getVariable(name);
    if (value == null) {
      value = task.getVariable(formerName);
    }
    if (task.getExecution() != null) {
      task.getExecution().removeVariable(name);
      task.getExecution().removeVariable(formerName);
    }
    return value;
  }

  /** The notes of every earlier round that returned the SKP, oldest first; null (the form hides it) if none. */
  private static String earlierNotes(SkpView skp) {
    StringBuilder text = new StringBuilder();
    for (SkpView.ReviewView review : skp.reviews()) {
      if (review.decision() == ReviewDecision.RETURN && review.notes() != null && !review.notes().isBlank()) {
        text.append(text.isEmpty() ? "" : "\n\n").append("Putaran ").append(review.round()).append(": ")
            .append(review.notes().strip());
      }
    }
    return text.isEmpty() ? null : text.toString();
  }

  /** What changed since the SKP was last returned; null (hidden) on a first review. */
  private String changes(String returnedSummary, String summary) {
    if (returnedSummary == null) {
      return null;
    }
    List<String> changes = SkpChangesText.between(returnedSummary, summary);
    if (changes.isEmpty()) {
      return labels.message("skp.review.changes.none");
    }
    return String.join("\n", changes);
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
