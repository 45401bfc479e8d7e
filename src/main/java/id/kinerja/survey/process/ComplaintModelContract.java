package id.kinerja.survey.process;

import id.kinerja.survey.ComplaintVariables;
import id.kinerja.common.ModelContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module's Java code relies on in its models (checked by the deployment gate, decision 70). */
@Configuration(proxyBeanMethods = false)
class ComplaintModelContract {

  @Bean
  ModelContract tindakLanjutPengaduanContract() {
    return ModelContract.process(ComplaintVariables.PROCESS_KEY, ComplaintVariables.TASK_ESCALATED)
        .assignedBy("complaintResponse");
  }
}
