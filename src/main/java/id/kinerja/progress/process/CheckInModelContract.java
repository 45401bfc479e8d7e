package id.kinerja.progress.process;

import id.kinerja.progress.CheckInVariables;
import id.kinerja.common.ModelContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module's Java code relies on in its models (checked by the deployment gate, decision 70). */
@Configuration(proxyBeanMethods = false)
class CheckInModelContract {

  @Bean
  ModelContract dialogKinerjaContract() {
    return ModelContract.process(CheckInVariables.PROCESS_KEY, CheckInVariables.TASK_DIALOG,
        CheckInVariables.TASK_ACKNOWLEDGE, CheckInVariables.TASK_MISSED).assignedBy("checkInForms");
  }
}
