package id.kinerja.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import id.kinerja.support.ProcessTestEngine;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paths of {@code pembinaan-kinerja}. The re-evaluation it calls is a stand-in {@code evaluasi-kinerja} with one
 * task whose completion sets the predikat (the real evaluation is tested in EvaluasiKinerjaProcessTest).
 */
@Deployment(resources = "processes/pembinaan-kinerja.bpmn")
class PembinaanKinerjaProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @BeforeEach
  void doubles() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-10T02:00:00Z")));
    repositoryService().createDeployment().addModelInstance("evaluasi-kinerja.bpmn",
        Bpmn.createExecutableProcess("evaluasi-kinerja").camundaHistoryTimeToLive(1)
            .startEvent().userTask("EvaluasiUlangDouble").endEvent().done()).deploy();
    Mocks.register("coachingSetup", (JavaDelegate) e -> {
      e.setVariable("planId", 5L);
      e.setVariable("masaPembinaan", "P3M");
      e.setVariable("maksPutaran", 2);
      e.setVariable("putaran", 0);
    });
    Mocks.register("coachingReevaluation", (JavaDelegate) e -> {
      e.setVariable("evaluasiUlangId", 77L);
      e.setVariable("batasKeberatan", "P14D");
      e.setVariable("batasUmpanBalik", "P7D");
      e.setVariable("putaran", ((Number) e.getVariable("putaran")).intValue() + 1);
    });
    Mocks.register("coachingOutcome", (JavaDelegate) e -> {
      Object predikat = e.getVariable("predikat");
      e.setVariable("membaik", "BAIK".equals(predikat) || "SANGAT_BAIK".equals(predikat));
    });
    Mocks.register("coachingForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        if ("KonfirmasiSesiPembinaan".equals(task.getTaskDefinitionKey())) {
          task.setAssignee("budi");
        } else if (!"TindakLanjutPembinaan".equals(task.getTaskDefinitionKey())) {
          task.setAssignee("kasi.primer");
        }
      }
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void improvedAfterOneRoundTheCoachingCloses() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("SusunRencanaPembinaan").task().isAssignedTo("kasi.primer");
    complete(task(instance));
    complete(task(instance));
    assertThat(instance).isWaitingAt("KonfirmasiSesiPembinaan").task().isAssignedTo("budi");
    complete(task(instance));
    var followUp = job("Timer_MasaTindakLanjut", instance);
    assertThat(followUp.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-04-10T02:00:00Z"));
    execute(followUp);

    assertThat(instance).isWaitingAt("EvaluasiUlang");
    completeReEvaluation("BAIK");
    assertThat(instance).isEnded().hasPassed("End_Membaik").hasNotPassed("TindakLanjutPembinaan");
  }

  @Test
  void notImprovedAfterTheRoundsHrDecidesTheFollowUp() {
    ProcessInstance instance = start();
    complete(task(instance));
    for (int round = 1; round <= 2; round++) {
      complete(task(instance));
      complete(task(instance));
      execute(job("Timer_MasaTindakLanjut", instance));
      completeReEvaluation("KURANG");
    }

    assertThat(instance).isWaitingAt("TindakLanjutPembinaan").task().hasCandidateGroup("hr");
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("End_Ditindaklanjuti");
  }

  private static void completeReEvaluation(String predikat) {
    var reEvaluation = taskQuery().taskDefinitionKey("EvaluasiUlangDouble").singleResult();
    assertThat(reEvaluation).isNotNull();
    complete(reEvaluation, Map.of("predikat", predikat));
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("pembinaan-kinerja", "pembinaan-1",
        Map.of("skpId", 1L, "employee", "budi", "evaluationId", 3L));
  }
}
