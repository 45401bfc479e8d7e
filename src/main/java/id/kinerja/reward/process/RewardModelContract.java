package id.kinerja.reward.process;

import id.kinerja.reward.RewardVariables;
import id.kinerja.common.ModelContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module's Java code relies on in its models (checked by the deployment gate, decision 70). */
@Configuration(proxyBeanMethods = false)
class RewardModelContract {

  @Bean
  ModelContract penghargaanContract() {
    return ModelContract.process(RewardVariables.PROCESS_KEY, RewardVariables.TASK_PROPOSE).assignedBy("rewardForms");
  }
}
