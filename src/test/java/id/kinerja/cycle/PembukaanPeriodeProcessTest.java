package id.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import id.kinerja.cycle.process.CycleStartForm;
import id.kinerja.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.mockito.Mockito;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one path of {@code pembukaan-periode}, from the API and from its prefilled start form; the opening itself is
 * tested on PostgreSQL in CycleOpeningIT and TasklistPathIT.
 */
@Deployment(resources = "processes/pembukaan-periode.bpmn")
class PembukaanPeriodeProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @Test
  void theStartFormOffersThisYearAndTheUnitsWithoutStoringTheList() {
    CycleStartForm form = Mockito.mock(CycleStartForm.class);
    Mockito.when(form.thisYear()).thenReturn(2031L);
    Mockito.when(form.unitOptions()).thenReturn("[{\"label\":\"Dinas Kesehatan (DINKES)\",\"value\":\"DINKES\"}]");
    Mocks.register("cycleStartForm", form);
    Mocks.register("openCycle", (JavaDelegate) execution -> execution.setVariable("cycleId", 7L));
    String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey("pembukaan-periode")
        .singleResult().getId();

    VariableMap offered = formService().getStartFormVariables(definition);

    assertThat(offered.keySet()).containsExactlyInAnyOrder(CycleStartForm.YEAR, CycleStartForm.UNIT_OPTIONS);
    assertThat(offered.get(CycleStartForm.YEAR)).isEqualTo(2031L);
    assertThat(offered.getValueTyped(CycleStartForm.UNIT_OPTIONS).getType().getName()).isEqualTo("json");
    assertThat(offered.getValueTyped(CycleStartForm.UNIT_OPTIONS).getValue().toString()).contains("\"DINKES\"");
    assertThat(formService().getStartFormData(definition).getCamundaFormRef().getKey()).isEqualTo("periode-buka");

    ProcessInstance instance = formService().submitStartForm(definition,
        Map.of("tahun", 2031, "kadensi", "ANNUAL", "kodeUnit", "DINKES"));

    assertThat(instance).isEnded().hasPassedInOrder("Start_BukaPeriode", "BukaPeriode", "End_PeriodeDibuka");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(CycleStartForm.UNIT_OPTIONS).count()).isZero();
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(CycleStartForm.YEAR).singleResult().getValue()).isEqualTo(2031);
  }

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
