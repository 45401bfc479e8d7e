package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

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
 * Issue 15, item 5 (domain.md, Follow-up): the supervisor who rated explains before the senior decides; the senior
 * has a deadline, after which HR decides; without a senior HR decides (never the supervisor who rated); objection,
 * reward and coaching are offered after the annual result, after a periodic one only when the cycle says so.
 * The doubles route as the real listeners do (EvaluationForms, EvaluationSteps).
 */
@Deployment(resources = {"processes/evaluasi-kinerja.bpmn", "processes/penghargaan.bpmn",
    "processes/pembinaan-kinerja.bpmn"})
class ObjectionPathProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final Instant START = Instant.parse("2026-04-01T02:00:00Z");
  private final List<String> steps = new ArrayList<>();
  /** Whether the employee has a senior when the supervisor has explained (the real form asks the tree). */
  private boolean hasSenior = true;
  /** What the cycle says (EvaluationService.followUpOffered): annual always, periodic only when set. */
  private boolean periodicFollowUp;

  @BeforeEach
  void doubles() {
    ClockUtil.setCurrentTime(Date.from(START));
    Mocks.register("evaluationForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        switch (task.getTaskDefinitionKey()) {
          case "EvaluasiDiri" -> task.setAssignee("rina");
          case "PenilaianKinerja", "PenjelasanPejabatPenilai" -> task.setAssignee("kasi.kurikulum");
          case "PutuskanKeberatanPengelola" -> task.addCandidateGroup("hr");
          default -> task.setAssignee("kabid.sd");
        }
        return;
      }
      switch (task.getTaskDefinitionKey()) {
        case "PenilaianKinerja" -> setPredikat(task, (String) task.getVariable("predikatUji"));
        case "PersetujuanAkhir" -> task.getExecution().setVariable("keputusanAkhir", "APPROVE");
        case "PenjelasanPejabatPenilai" -> {
          steps.add("explained");
          task.getExecution().setVariable(EvaluationVariables.HAS_SENIOR, hasSenior);
        }
        case "PutuskanKeberatan", "PutuskanKeberatanPengelola" -> {
          steps.add("decided by " + (task.getAssignee() == null ? "hr" : task.getAssignee()));
          Object changed = task.getVariable("predikatBaru");
          if (changed != null) {
            setPredikat(task, (String) changed);
          }
        }
        default -> { }
      }
    });
    Mocks.register("rewardForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setAssignee("kasi.kurikulum");
      }
    });
    Mocks.register("coachingSetup", (JavaDelegate) e -> e.setVariable("planId", 9L));
    Mocks.register("coachingForms", (TaskListener) task -> { });
    Mocks.register("evaluationScoring", (JavaDelegate) e -> { });
    Mocks.register("evaluationPublication", (JavaDelegate) e -> {
      e.setVariable(EvaluationVariables.OBJECTION_CLOSES_AT,
          Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(15))));
      e.setVariable(EvaluationVariables.FOLLOW_UP_OFFERED,
          "ANNUAL".equals(e.getVariable(EvaluationVariables.PERIOD)) || periodicFollowUp);
      e.setVariable(EvaluationVariables.OBJECTION_DECISION_TIMER, new EvaluationDeadlines(14, 7, 14)
          .objectionDecisionTimer());
    });
    Mocks.register("objectionEscalation", (JavaDelegate) e -> steps.add("escalated"));
    Mocks.register("evaluationFinalisation", (JavaDelegate) e -> steps.add("finalised"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theSupervisorWhoRatedExplainsBeforeTheSeniorDecides() {
    ProcessInstance instance = published("ANNUAL", "BAIK");
    object();

    assertThat(instance).isWaitingAt("PenjelasanPejabatPenilai").task().isAssignedTo("kasi.kurikulum");
    assertThat(instance).hasNotPassed("PutuskanKeberatan");
    complete(task(instance));

    assertThat(instance).isWaitingAt("PutuskanKeberatan").task().isAssignedTo("kabid.sd");
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("End_Selesai").hasNotPassed("PutuskanKeberatanPengelola",
        "TetapkanHasil");
    assertThat(steps).containsExactly("explained", "decided by kabid.sd");
  }

  @Test
  void withoutASeniorHrDecidesNotTheSupervisorWhoRated() {
    hasSenior = false;
    ProcessInstance instance = published("ANNUAL", "BAIK");
    object();
    complete(task(instance));

    assertThat(instance).isWaitingAt("PutuskanKeberatanPengelola").hasNotPassed("PutuskanKeberatan");
    var hrTask = task("PutuskanKeberatanPengelola", instance);
    assertThat(hrTask.getAssignee()).isNull();
    assertThat(taskService().getIdentityLinksForTask(hrTask.getId()))
        .anyMatch(l -> "hr".equals(l.getGroupId()) && "candidate".equals(l.getType()));
    complete(hrTask, Map.of("predikatBaru", "SANGAT_BAIK"));

    assertThat(instance).isWaitingAt("ProsesPenghargaan");
    assertThat(steps).containsExactly("explained", "decided by hr");
  }

  @Test
  void aSeniorWhoDoesNotDecideWithinFourteenDaysHandsTheObjectionToHr() {
    ProcessInstance instance = published("ANNUAL", "KURANG");
    object();
    complete(task(instance));
    assertThat(instance).isWaitingAt("PutuskanKeberatan");

    var deadline = job("Timer_BatasPutusanKeberatan", instance);
    assertThat(deadline.getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(14)));
    execute(deadline);

    assertThat(instance).hasPassed("EskalasiKeberatan").isWaitingAt("PutuskanKeberatanPengelola");
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("PutuskanKeberatan").count()).isZero();
    complete(task("PutuskanKeberatanPengelola", instance));
    assertThat(instance).isWaitingAt("ProsesPembinaan");
    assertThat(steps).containsExactly("explained", "escalated", "decided by hr");
  }

  @Test
  void aPeriodicResultOffersNoObjectionNorFollowUpByDefault() {
    ProcessInstance instance = published("Q1", "SANGAT_BAIK");

    assertThat(instance).isEnded().hasPassed("Gateway_KeberatanDitawarkan", "TetapkanHasil", "End_Selesai")
        .hasNotPassed("Gateway_MasaKeberatan", "ProsesPenghargaan");
    assertThat(steps).containsExactly("finalised");
  }

  @Test
  void aPeriodicLowResultStartsNoCoachingByDefault() {
    ProcessInstance instance = published("Q2", "KURANG");

    assertThat(instance).isEnded().hasNotPassed("ProsesPembinaan", "Gateway_MasaKeberatan");
  }

  @Test
  void aCycleThatSaysSoOffersObjectionAndFollowUpAfterPeriodicResults() {
    periodicFollowUp = true;
    ProcessInstance instance = published("Q1", "SANGAT_BAIK");

    assertThat(instance).isWaitingAt("Gateway_MasaKeberatan");
    execute(job("Timer_MasaKeberatanBerakhir", instance));
    assertThat(instance).hasPassed("TetapkanHasil").isWaitingAt("ProsesPenghargaan");
  }

  @Test
  void theAnnualResultOffersObjectionAndFollowUp() {
    ProcessInstance instance = published("ANNUAL", "BUTUH_PERBAIKAN");

    assertThat(instance).isWaitingAt("Gateway_MasaKeberatan");
    execute(job("Timer_MasaKeberatanBerakhir", instance));
    assertThat(instance).isWaitingAt("ProsesPembinaan");
  }

  private ProcessInstance published(String period, String predikat) {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("evaluasi-kinerja", "evaluasi-1",
        Map.of("evaluationId", 1L, "skpId", 1L, "employee", "rina", "periode", period, "batasKeberatan", "P14D",
            "umpanBalikRekan", false, "batasUmpanBalik", "P7D"));
    complete(task(instance));
    complete(task(instance), Map.of("predikatUji", predikat));
    complete(task(instance));
    return instance;
  }

  private static void object() {
    runtimeService().createMessageCorrelation("KeberatanDiajukan").processInstanceBusinessKey("evaluasi-1")
        .correlate();
  }

  private static void setPredikat(DelegateTask task, String predikat) {
    task.getExecution().setVariable("predikat", predikat);
    task.getExecution().setVariable("tindakLanjut", Predikat.valueOf(predikat).followUp().name());
  }
}
