package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import id.kinerja.support.ProcessTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paths of {@code evaluasi-kinerja} with test doubles routing like the real listeners (the assessment double puts
 * the predikat the test chooses; the real predikat comes from the DMN, tested in PredikatMatrixTest).
 */
@Deployment(resources = {"processes/evaluasi-kinerja.bpmn", "processes/penghargaan.bpmn",
    "processes/pembinaan-kinerja.bpmn"})
class EvaluasiKinerjaProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final Instant START = Instant.parse("2026-04-01T02:00:00Z");
  private final List<String> steps = new ArrayList<>();

  @BeforeEach
  void doubles() {
    ClockUtil.setCurrentTime(Date.from(START));
    Mocks.register("evaluationForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        switch (task.getTaskDefinitionKey()) {
          case "EvaluasiDiri" -> task.setAssignee("rina");
          case "PenilaianKinerja", "TunjukRekanKerja", "PenjelasanPejabatPenilai" -> task.setAssignee("kasi.kurikulum");
          case "UmpanBalikRekanKerja" -> { } // assigned by the BPMN to ${rekan}
          default -> task.setAssignee("kabid.sd");
        }
        return;
      }
      switch (task.getTaskDefinitionKey()) {
        case "PenilaianKinerja" -> setPredikat(task, task.getVariable("predikatUji"));
        case "PersetujuanAkhir" -> task.getExecution().setVariable("keputusanAkhir", task.getVariable("keputusan"));
        case "PenjelasanPejabatPenilai" -> task.getExecution().setVariable("adaAtasanPejabatPenilai", true);
        case "PutuskanKeberatan" -> {
          Object changed = task.getVariable("predikatBaru");
          if (changed != null) {
            setPredikat(task, changed);
          }
        }
        default -> { }
      }
    });
    Mocks.register("rewardForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setAssignee("kasi.kurikulum");
      } else {
        task.getExecution().setVariable("adaUsulan", false);
      }
    });
    Mocks.register("coachingSetup", (JavaDelegate) e -> e.setVariable("planId", 9L));
    Mocks.register("coachingForms", (TaskListener) task -> { });
    Mocks.register("evaluationScoring", (JavaDelegate) e -> steps.add("scored"));
    Mocks.register("evaluationPublication", (JavaDelegate) e -> {
      steps.add("published");
      // the window closes where EvaluationDeadlines says (ObjectionWindowProcessTest); here: 14 × 24 h on
      e.setVariable("batasKeberatanSampai", Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14))));
      // these paths are of a cycle that offers follow-ups after periodic results (ObjectionPathProcessTest: default off)
      e.setVariable("tindakLanjutDitawarkan", true);
      e.setVariable("batasPutusanKeberatan", "P14D");
    });
    Mocks.register("evaluationFinalisation", (JavaDelegate) e -> steps.add("finalised"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void approvedWithoutObjectionBaikEndsTheEvaluation() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("EvaluasiDiri").task().isAssignedTo("rina");
    complete(task(instance));
    assertThat(instance).isWaitingAt("PenilaianKinerja").task().isAssignedTo("kasi.kurikulum");
    complete(task(instance), Map.of("predikatUji", "BAIK"));
    assertThat(instance).isWaitingAt("PersetujuanAkhir").task().isAssignedTo("kabid.sd");
    complete(task(instance), Map.of("keputusan", "APPROVE"));

    assertThat(instance).isWaitingAt("Gateway_MasaKeberatan");
    var window = job("Timer_MasaKeberatanBerakhir", instance);
    assertThat(window.getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(14)));
    execute(window);

    assertThat(instance).isEnded().hasPassed("TetapkanHasil", "End_Selesai");
    assertThat(steps).containsExactly("scored", "published", "finalised");
  }

  @Test
  void returnedAtFinalApprovalThenApprovedSangatBaikGoesToReward() {
    ProcessInstance instance = start();
    complete(task(instance));
    complete(task(instance), Map.of("predikatUji", "BAIK"));
    complete(task(instance), Map.of("keputusan", "RETURN"));

    assertThat(instance).isWaitingAt("PenilaianKinerja");
    complete(task(instance), Map.of("predikatUji", "SANGAT_BAIK"));
    complete(task(instance), Map.of("keputusan", "APPROVE"));
    execute(job("Timer_MasaKeberatanBerakhir", instance));

    assertThat(instance).isWaitingAt("ProsesPenghargaan");
    ProcessInstance reward = runtimeService().createProcessInstanceQuery().processDefinitionKey("penghargaan")
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(reward).isWaitingAt("UsulkanPenghargaan").task().isAssignedTo("kasi.kurikulum");
    complete(task(reward));
    assertThat(reward).isEnded();
    assertThat(instance).isEnded().hasPassed("ProsesPenghargaan", "End_KePenghargaan");
  }

  @Test
  void anUpheldObjectionChangesTheResultAndLowPredikatGoesToCoaching() {
    ProcessInstance instance = throughApproval("BAIK");

    runtimeService().createMessageCorrelation("KeberatanDiajukan").processInstanceBusinessKey("evaluasi-1")
        .correlate();

    assertThat(instance).isWaitingAt("PenjelasanPejabatPenilai").task().isAssignedTo("kasi.kurikulum");
    complete(task(instance));
    assertThat(instance).isWaitingAt("PutuskanKeberatan").task().isAssignedTo("kabid.sd");
    complete(task(instance), Map.of("predikatBaru", "BUTUH_PERBAIKAN"));
    assertThat(instance).isWaitingAt("ProsesPembinaan").hasNotPassed("TetapkanHasil");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("pembinaan-kinerja")
        .superProcessInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  @Test
  void aRejectedObjectionKeepsTheResult() {
    ProcessInstance instance = throughApproval("KURANG");

    runtimeService().createMessageCorrelation("KeberatanDiajukan").processInstanceBusinessKey("evaluasi-1")
        .correlate();
    complete(task(instance));
    complete(task(instance));

    assertThat(instance).hasPassed("PenjelasanPejabatPenilai", "PutuskanKeberatan").isWaitingAt("ProsesPembinaan");
  }

  private static ProcessInstance throughApproval(String predikat) {
    ProcessInstance instance = start();
    complete(task(instance));
    complete(task(instance), Map.of("predikatUji", predikat));
    complete(task(instance), Map.of("keputusan", "APPROVE"));
    return instance;
  }

  @Test
  void aCoachingReEvaluationDoesNotStartAnotherCoachingOrReward() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("evaluasi-kinerja", "evaluasi-2",
        Map.of("evaluationId", 2L, "skpId", 1L, "employee", "rina", "batasKeberatan", "P14D",
            "umpanBalikRekan", false, "batasUmpanBalik", "P7D", "dalamPembinaan", true));
    complete(task(instance));
    complete(task(instance), Map.of("predikatUji", "KURANG"));
    complete(task(instance), Map.of("keputusan", "APPROVE"));
    execute(job("Timer_MasaKeberatanBerakhir", instance));

    assertThat(instance).isEnded().hasPassed("End_Selesai").hasNotPassed("ProsesPembinaan", "ProsesPenghargaan");
  }

  @Test
  void peersAnswerInParallelAndAnUnansweredOneIsSkipped() {
    ProcessInstance instance = start(true);
    complete(task(instance));

    assertThat(instance).isWaitingAt("TunjukRekanKerja").task().isAssignedTo("kasi.kurikulum");
    complete(task(instance));
    assertThat(taskQuery().taskDefinitionKey("UmpanBalikRekanKerja").list())
        .extracting(org.camunda.bpm.engine.task.Task::getAssignee).containsExactlyInAnyOrder("fajar", "rina.teman");
    complete(taskQuery().taskAssignee("fajar").singleResult());
    assertThat(instance).isWaitingAt("UmpanBalikRekanKerja");

    var deadline = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("Timer_BatasUmpanBalik").singleResult();
    assertThat(deadline.getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(7)));
    execute(deadline);

    assertThat(instance).hasPassed("End_Dijawab", "End_Terlewati", "HitungCapaian").isWaitingAt("PenilaianKinerja");
  }

  @Test
  void withoutPeerFeedbackTheSelfEvaluationGoesStraightToScoring() {
    ProcessInstance instance = start();
    complete(task(instance));

    assertThat(instance).hasPassed("HitungCapaian").hasNotPassed("TunjukRekanKerja").isWaitingAt("PenilaianKinerja");
  }

  /** The nominated peers, as {@code peerFeedback.peersOf(evaluationId)} answers them in the real application. */
  public static class NominatedPeers {
    public List<String> peersOf(Long evaluationId) {
      return List.of("fajar", "rina.teman");
    }
  }

  private static ProcessInstance start() {
    return start(false);
  }

  private static ProcessInstance start(boolean peers) {
    Mocks.register("peerFeedback", new NominatedPeers());
    return runtimeService().startProcessInstanceByKey("evaluasi-kinerja", "evaluasi-1",
        Map.of("evaluationId", 1L, "skpId", 1L, "employee", "rina", "periode", "Q1", "batasKeberatan", "P14D",
            "umpanBalikRekan", peers, "batasUmpanBalik", "P7D"));
  }

  /** As the real forms do (EvaluationSteps.setPredikat): the predikat and the follow-up it leads to. */
  private static void setPredikat(org.camunda.bpm.engine.delegate.DelegateTask task, Object predikat) {
    task.getExecution().setVariable("predikat", predikat);
    task.getExecution().setVariable("tindakLanjut", Predikat.valueOf((String) predikat).followUp().name());
  }
}
