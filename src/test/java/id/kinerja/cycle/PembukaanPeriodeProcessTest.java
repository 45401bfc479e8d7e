package id.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import id.kinerja.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The one path of {@code pembukaan-periode}; the opening itself is tested on PostgreSQL in CycleOpeningIT. */
@Deployment(resources = "processes/pembukaan-periode.bpmn")
class PembukaanPeriodeProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theStartFormOpensTheCycle() {
    List<String> opened = new ArrayList<>();
    Mocks.register("openCycle", (JavaDelegate) execution -> {
      opened.add(execution.getVariable("kodeUnit") + "/" + execution.getVariable("tahun"));
      execution.setVariable("cycleId", 7L);
    });

    ProcessInstance instance = runtimeService().startProcessInstanceByKey("pembukaan-periode",
        Map.of("tahun", 2026, "kadensi", "QUARTERLY", "kodeUnit", "DINKES"));

    assertThat(instance).isEnded().hasPassedInOrder("Start_BukaPeriode", "BukaPeriode", "End_PeriodeDibuka");
    assertThat(opened).containsExactly("DINKES/2026");
  }
}
