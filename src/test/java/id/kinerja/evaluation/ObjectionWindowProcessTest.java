package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.kinerja.support.ProcessTestEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, finding 5 (the window): the objection window closes at the end of the 14th calendar day after the day
 * of notification in the Pemda's zone, not 14 × 24 h after publication. Published 2026-04-01 23:30 WIB: the
 * deadline day is 15 April, the timer is due 2026-04-16 00:00 WIB (2026-04-15T17:00Z), not 2026-04-15T16:30Z.
 */
@Deployment(resources = "processes/evaluasi-kinerja.bpmn")
class ObjectionWindowProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Instant PUBLISHED = Instant.parse("2026-04-01T16:30:00Z");
  private final EvaluationDeadlines deadlines = new EvaluationDeadlines(14, 7);

  @BeforeEach
  void doubles() {
    ClockUtil.setCurrentTime(Date.from(PUBLISHED));
    Mocks.register("evaluationForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setAssignee("rina");
      } else if ("PenilaianKinerja".equals(task.getTaskDefinitionKey())) {
        task.getExecution().setVariable("predikat", "BAIK");
        task.getExecution().setVariable("tindakLanjut", "NONE");
      } else if ("PersetujuanAkhir".equals(task.getTaskDefinitionKey())) {
        task.getExecution().setVariable("keputusanAkhir", "APPROVE");
      }
    });
    Mocks.register("evaluationScoring", (JavaDelegate) e -> { });
    // what EvaluationSteps.evaluationPublication does with the instant EvaluationService.publish returns
    Mocks.register("evaluationPublication", (JavaDelegate) e -> e.setVariable("batasKeberatanSampai",
        Date.from(deadlines.objectionClosesAt(ClockUtil.getCurrentTime().toInstant(), WIB))));
    Mocks.register("evaluationFinalisation", (JavaDelegate) e -> { });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theTimerFiresAtTheEndOfTheFourteenthDayInThePemdasZone() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("evaluasi-kinerja", "evaluasi-1",
        Map.of("evaluationId", 1L, "skpId", 1L, "employee", "rina", "periode", "ANNUAL", "batasKeberatan", "P14D",
            "umpanBalikRekan", false, "batasUmpanBalik", "P7D"));
    complete(task(instance));
    complete(task(instance));
    complete(task(instance));

    assertThat(instance).isWaitingAt("Gateway_MasaKeberatan");
    var window = job("Timer_MasaKeberatanBerakhir", instance);
    assertThat(window.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-04-15T17:00:00Z"));
    assertThat(deadlines.objectionDeadline(LocalDate.ofInstant(PUBLISHED, WIB))).isEqualTo("2026-04-15");
    execute(window);
    assertThat(instance).isEnded().hasPassed("TetapkanHasil");
  }

  @Test
  void inSorongTheDayStartsTwoHoursEarlier() {
    // 2026-04-01T15:30Z is 00:30 on 2 April in WIT: the deadline day is 16 April, closing 17 April 00:00 WIT
    assertThat(deadlines.objectionClosesAt(Instant.parse("2026-04-01T15:30:00Z"), ZoneId.of("Asia/Jayapura")))
        .isEqualTo(Instant.parse("2026-04-16T15:00:00Z"));
  }
}
