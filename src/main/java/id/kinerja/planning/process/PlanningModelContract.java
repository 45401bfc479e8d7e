package id.kinerja.planning.process;

import id.kinerja.common.ModelContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module's Java code relies on in its models (checked by the deployment gate, decision 70). */
@Configuration(proxyBeanMethods = false)
class PlanningModelContract {

  @Bean
  ModelContract skpPlanningContract() {
    return ModelContract.process(id.kinerja.planning.SkpPlanning.PROCESS_KEY, id.kinerja.planning.SkpVariables.TASK_DRAFT,
        id.kinerja.planning.SkpVariables.TASK_REVIEW, id.kinerja.planning.SkpVariables.TASK_ESCALATION)
        .assignedBy("skpReviewForm", "skpEscalation").renamed(id.kinerja.planning.SkpVariables.FORMER_VARIABLES);
  }
}
