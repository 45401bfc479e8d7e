package id.kinerja.evaluation.process;

import id.kinerja.evaluation.EvaluationDeadlines;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.EvaluationVariables;
import id.kinerja.evaluation.Predikat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code evaluasi-kinerja}, each a thin bean over {@link EvaluationService}:
 * "Hitung capaian dan saran rating", "Umumkan hasil", "Teruskan keberatan ke Pengelola Kinerja" and "Tetapkan
 * hasil akhir".
 */
@Configuration(proxyBeanMethods = false)
class EvaluationSteps {

  @Bean
  JavaDelegate evaluationScoring(EvaluationService evaluations) {
    return execution -> evaluations.score(evaluationId(execution));
  }

  /**
   * Publishes, and sets what the rest of the process reads: when the objection window closes, whether objection and
   * follow-ups are offered for this result, and the senior's time to decide an objection.
   */
  @Bean
  JavaDelegate evaluationPublication(EvaluationService evaluations, EvaluationDeadlines deadlines) {
    return execution -> {
      long id = evaluationId(execution);
      execution.setVariable(EvaluationVariables.OBJECTION_CLOSES_AT, java.util.Date.from(evaluations.publish(id)));
      execution.setVariable(EvaluationVariables.FOLLOW_UP_OFFERED, evaluations.followUpOffered(id));
      execution.setVariable(EvaluationVariables.OBJECTION_DECISION_TIMER, deadlines.objectionDecisionTimer());
    };
  }

  @Bean
  JavaDelegate objectionEscalation(EvaluationService evaluations) {
    return execution -> evaluations.escalateObjection(evaluationId(execution));
  }

  @Bean
  JavaDelegate evaluationFinalisation(EvaluationService evaluations) {
    return execution -> {
      Predikat predikat = evaluations.finalise(evaluationId(execution));
      setPredikat(execution, predikat);
    };
  }

  /** The predikat and what it leads to ({@code tindakLanjut}, read by the gateway after publication). */
  static void setPredikat(org.camunda.bpm.engine.delegate.VariableScope execution, Predikat predikat) {
    execution.setVariable(EvaluationVariables.PREDIKAT, predikat.name());
    execution.setVariable(EvaluationVariables.FOLLOW_UP, predikat.followUp().name());
  }

  private static long evaluationId(DelegateExecution execution) {
    return ((Number) execution.getVariable(EvaluationVariables.EVALUATION_ID)).longValue();
  }
}
