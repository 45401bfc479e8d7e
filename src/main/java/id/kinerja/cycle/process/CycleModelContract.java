package id.kinerja.cycle.process;

import id.kinerja.common.ModelContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module's Java code relies on in its models (checked by the deployment gate, decision 70). */
@Configuration(proxyBeanMethods = false)
class CycleModelContract {

  /** Started by HR in Tasklist; no Java code names its elements. */
  @Bean
  ModelContract pembukaanPeriodeContract() {
    return ModelContract.process("pembukaan-periode");
  }
}
