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
    return execution -> execution.setVariable("batasKeberatanSampai",
        java.util.Date.from(evaluations.publish(evaluationId(execution))));
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
    execution.setVariable("predikat", predikat.name());
    execution.setVariable("tindakLanjut", predikat.followUp().name());
  }

  private static long evaluationId(DelegateExecution execution) {
    return ((Number) execution.getVariable("evaluationId")).longValue();
  }
}
