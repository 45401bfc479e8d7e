package id.kinerja.coaching.process;

import id.kinerja.coaching.CoachingVariables;
import id.kinerja.common.ModelContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module's Java code relies on in its models (checked by the deployment gate, decision 70). */
@Configuration(proxyBeanMethods = false)
class CoachingModelContract {

  @Bean
  ModelContract pembinaanKinerjaContract() {
    return ModelContract.process(CoachingVariables.PROCESS_KEY, CoachingVariables.TASK_PLAN,
        CoachingVariables.TASK_SESSION, CoachingVariables.TASK_ACKNOWLEDGE).assignedBy("coachingForms");
  }
}
