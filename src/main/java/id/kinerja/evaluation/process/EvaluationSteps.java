package id.kinerja.evaluation.process;

import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.Predikat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code evaluasi-kinerja}, each a thin bean over {@link EvaluationService}:
 * "Hitung capaian dan saran rating", "Umumkan hasil" and "Tetapkan hasil akhir".
 */
@Configuration(proxyBeanMethods = false)
class EvaluationSteps {

  @Bean
  JavaDelegate evaluationScoring(EvaluationService evaluations) {
    return execution -> evaluations.score(evaluationId(execution));
  }

  @Bean
  JavaDelegate evaluationPublication(EvaluationService evaluations) {
    return execution -> evaluations.publish(evaluationId(execution));
  }

  @Bean
  JavaDelegate evaluationFinalisation(EvaluationService evaluations) {
    return execution -> {
      Predikat predikat = evaluations.finalise(evaluationId(execution));
      execution.setVariable("predikat", predikat.name());
    };
  }

  private static long evaluationId(DelegateExecution execution) {
    return ((Number) execution.getVariable("evaluationId")).longValue();
  }
}
