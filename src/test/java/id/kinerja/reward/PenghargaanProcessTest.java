package id.kinerja.reward;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.kinerja.support.ProcessTestEngine;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paths of {@code penghargaan}; decisions and the budget rule are tested on PostgreSQL in RewardIT. */
@Deployment(resources = "processes/penghargaan.bpmn")
class PenghargaanProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @BeforeEach
  void doubles() {
    Mocks.register("rewardForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        if ("UsulkanPenghargaan".equals(task.getTaskDefinitionKey())) {
          task.setAssignee("kasi.primer");
        } else {
          task.addCandidateGroup("hr");
        }
      } else if ("UsulkanPenghargaan".equals(task.getTaskDefinitionKey())) {
        task.getExecution().setVariable("adaUsulan", task.getVariable("jumlahUsulan").equals(1));
      }
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void proposedRewardsAreDecidedByHr() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("UsulkanPenghargaan").task().isAssignedTo("kasi.primer");
    complete(task(instance), Map.of("jumlahUsulan", 1));
    assertThat(instance).isWaitingAt("PutuskanPenghargaan").task().hasCandidateGroup("hr");
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("End_Diputuskan");
  }

  @Test
  void withoutProposalsTheRewardPathEnds() {
    ProcessInstance instance = start();

    complete(task(instance), Map.of("jumlahUsulan", 0));

    assertThat(instance).isEnded().hasPassed("End_TanpaUsulan").hasNotPassed("PutuskanPenghargaan");
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("penghargaan", "evaluasi-1",
        Map.of("evaluationId", 1L, "employee", "budi"));
  }
}
