package id.kinerja.coaching.process;

import id.kinerja.coaching.CoachingService;
import id.kinerja.coaching.CoachingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Siapkan pembinaan" of {@code pembinaan-kinerja}: the plan row, and its id and the settings as variables. */
@Component("coachingSetup")
class CoachingSetup implements JavaDelegate {

  private final CoachingService coaching;

  CoachingSetup(CoachingService coaching) {
    this.coaching = coaching;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object evaluationId = execution.getVariable(CoachingVariables.EVALUATION_ID);
    long planId = coaching.setUp(((Number) execution.getVariable(CoachingVariables.SKP_ID)).longValue(),
        evaluationId == null ? null : ((Number) evaluationId).longValue(),
        (String) execution.getVariable(CoachingVariables.STARTED_BY));
    execution.setVariable(CoachingVariables.PLAN_ID, planId);
    execution.setVariable(CoachingVariables.FOLLOW_UP_PERIOD, coaching.followUpPeriod());
    execution.setVariable(CoachingVariables.MAX_ROUNDS, coaching.maxRounds());
    execution.setVariable(CoachingVariables.ROUND, 0);
  }
}
