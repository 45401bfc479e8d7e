package id.kinerja.supervisorreport.process;

import id.kinerja.common.ModelContract;
import id.kinerja.supervisorreport.KoreksiAtasanVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module's Java code relies on in {@code koreksi-atasan} (checked by the deployment gate, decision 70). */
@Configuration(proxyBeanMethods = false)
class SupervisorReportModelContract {

  @Bean
  ModelContract koreksiAtasanContract() {
    return ModelContract.process(KoreksiAtasanVariables.PROCESS_KEY, KoreksiAtasanVariables.TASK_DECIDE,
        KoreksiAtasanVariables.STEP_APPLY, KoreksiAtasanVariables.STEP_NOTIFY_CORRECTED,
        KoreksiAtasanVariables.STEP_NOTIFY_REJECTED)
        .assignedBy("supervisorReportDecision");
  }
}
