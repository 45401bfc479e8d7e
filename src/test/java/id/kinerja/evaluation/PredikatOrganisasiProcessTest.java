package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.kinerja.support.ProcessTestEngine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paths of {@code predikat-organisasi}; the check double answers the outcomes each test scripts. */
@Deployment(resources = "processes/predikat-organisasi.bpmn")
class PredikatOrganisasiProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private final Deque<boolean[]> outcomes = new ArrayDeque<>();

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theHeadSetsThePredikatThenTheCheckWaitsForEveryAssessmentAndFindsTheCurveFitting() {
    ProcessInstance instance = start(new boolean[] {false, false}, new boolean[] {true, true});

    assertThat(instance).isWaitingAt("TetapkanPredikatOrganisasi").task().isAssignedTo("kadinkes");
    complete(task(instance), Map.of("predikatOrganisasi", "BAIK"));
    execute(job("Timer_TungguPenilaian", instance));
    assertThat(instance).isWaitingAt("Timer_TungguPenilaian");
    execute(job("Timer_TungguPenilaian", instance));

    assertThat(instance).isEnded().hasPassed("End_SesuaiKurva").hasNotPassed("KalibrasiPredikat");
  }

  @Test
  void outOfCurveGoesToHrCalibration() {
    ProcessInstance instance = start(new boolean[] {true, false});
    complete(task(instance), Map.of("predikatOrganisasi", "BAIK"));
    execute(job("Timer_TungguPenilaian", instance));

    assertThat(instance).isWaitingAt("KalibrasiPredikat").task().hasCandidateGroup("hr");
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("End_Terkalibrasi");
  }

  private ProcessInstance start(boolean[]... checks) {
    for (boolean[] check : checks) {
      outcomes.add(check);
    }
    Mocks.register("organisationForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
          && "TetapkanPredikatOrganisasi".equals(task.getTaskDefinitionKey())) {
        task.setAssignee("kadinkes");
      }
    });
    Mocks.register("organisationCurveCheck", (JavaDelegate) execution -> {
      boolean[] next = outcomes.poll();
      execution.setVariable("lengkap", next[0]);
      execution.setVariable("dalamKurva", next[1]);
    });
    return runtimeService().startProcessInstanceByKey("predikat-organisasi", "organisasi-1",
        Map.of("organisationRatingId", 1L, "intervalPemeriksaan", "PT1H"));
  }
}
