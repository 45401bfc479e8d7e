package id.kinerja.coaching.process;

import id.kinerja.coaching.CoachingService;
import id.kinerja.coaching.CoachingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Nilai hasil pembinaan" of {@code pembinaan-kinerja}: did the re-evaluation's predikat improve enough. */
@Component("coachingOutcome")
class CoachingOutcome implements JavaDelegate {

  private final CoachingService coaching;

  CoachingOutcome(CoachingService coaching) {
    this.coaching = coaching;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CoachingVariables.IMPROVED, coaching.improved(
        ((Number) execution.getVariable(CoachingVariables.PLAN_ID)).longValue(),
        (String) execution.getVariable(CoachingVariables.PREDIKAT)));
  }
}
