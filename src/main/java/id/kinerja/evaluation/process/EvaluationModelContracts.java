package id.kinerja.evaluation.process;

import id.kinerja.common.ModelContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module's Java code relies on in its models (checked by the deployment gate, decision 70). */
@Configuration(proxyBeanMethods = false)
class EvaluationModelContracts {

  @Bean
  ModelContract evaluasiKinerjaContract() {
    return ModelContract.process(id.kinerja.evaluation.EvaluationOpening.PROCESS_KEY, EvaluationForms.SELF,
        EvaluationForms.ASSESSMENT, EvaluationForms.APPROVAL, EvaluationForms.EXPLANATION, EvaluationForms.OBJECTION,
        EvaluationForms.OBJECTION_HR, EvaluationForms.NOMINATE,
        EvaluationForms.PEER).withMessages(id.kinerja.evaluation.EvaluationService.OBJECTION_MESSAGE)
        .assignedBy("evaluationForms");
  }

  @Bean
  ModelContract predikatOrganisasiContract() {
    return ModelContract.process(id.kinerja.evaluation.OrganisationAssessment.PROCESS_KEY,
        OrganisationSteps.CALIBRATION).assignedBy("organisationForms");
  }

  @Bean
  ModelContract ratingHasilKerjaContract() {
    return ModelContract.decision(id.kinerja.evaluation.Scoring.RATING_DECISION,
        java.util.Set.of(id.kinerja.evaluation.Scoring.IN_WEIGHTED, id.kinerja.evaluation.Scoring.IN_UTAMA,
            id.kinerja.evaluation.Scoring.IN_NUMERIC),
        java.util.Set.of(id.kinerja.evaluation.Scoring.OUT_RATING));
  }

  @Bean
  ModelContract predikatKinerjaContract() {
    return ModelContract.decision(id.kinerja.evaluation.PredikatDecision.KEY,
        java.util.Set.of(id.kinerja.evaluation.PredikatDecision.IN_RESULTS,
            id.kinerja.evaluation.PredikatDecision.IN_BEHAVIOUR),
        java.util.Set.of(id.kinerja.evaluation.PredikatDecision.OUT_PREDIKAT));
  }
}
