package id.kinerja.coaching.process;

import id.kinerja.coaching.CoachingService;
import id.kinerja.coaching.CoachingVariables;
import id.kinerja.evaluation.EvaluationDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Siapkan evaluasi ulang" of {@code pembinaan-kinerja}: the re-evaluation row, its deadlines from the same settings
 * as every other evaluation, and one more round.
 */
@Component("coachingReevaluation")
class CoachingReevaluation implements JavaDelegate {

  private final CoachingService coaching;
  private final EvaluationDeadlines deadlines;

  CoachingReevaluation(CoachingService coaching, EvaluationDeadlines deadlines) {
    this.coaching = coaching;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long evaluationId = coaching.reEvaluation(((Number) execution.getVariable(CoachingVariables.PLAN_ID)).longValue());
    execution.setVariable(CoachingVariables.REEVALUATION_ID, evaluationId);
    execution.setVariable(CoachingVariables.OBJECTION_DEADLINE, deadlines.objectionTimer());
    execution.setVariable(CoachingVariables.PEER_FEEDBACK_DEADLINE, deadlines.peerFeedbackTimer());
    execution.setVariable(CoachingVariables.ROUND,
        ((Number) execution.getVariable(CoachingVariables.ROUND)).intValue() + 1);
  }
}
