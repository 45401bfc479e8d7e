package id.kinerja.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import id.kinerja.support.ProcessTestEngine;

/**
 * Every path of {@code skp-planning}. The task listeners and the reminder delegate are test doubles here (they
 * route like the real ones: the review double turns the form's decision into {@code keputusan}); the real ones
 * are exercised against PostgreSQL in {@code SkpPlanningIT}.
 */
@Deployment(resources = "processes/skp-planning.bpmn")
class SkpPlanningProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

  private final List<String> reminders = new ArrayList<>();
  private final List<String> escalations = new ArrayList<>();

  @BeforeEach
  void doubles() {
    ClockUtil.setCurrentTime(Date.from(START));
    TaskListener draftForm = task -> { };
    TaskListener reviewForm = (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setAssignee("kasi.primer");
      } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        task.getExecution().setVariable(SkpVariables.DECISION, task.getVariable(SkpVariables.FORM_DECISION));
      }
    };
    TaskListener escalation = (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setAssignee("kabid.yankes");
        escalations.add(task.getVariable(SkpVariables.EMPLOYEE).toString());
      }
    };
    JavaDelegate reminder = execution -> reminders.add(String.valueOf(execution.getVariableLocal("penerima")));
    Mocks.register("skpDraftForm", draftForm);
    Mocks.register("skpReviewForm", reviewForm);
    Mocks.register("skpEscalation", escalation);
    Mocks.register("skpReminder", reminder);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void approvedAtTheFirstReview() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("SusunSkp").task().isAssignedTo("budi");
    complete(task(instance));
    assertThat(instance).isWaitingAt("TinjauSkp").task().isAssignedTo("kasi.primer");
    complete(task(instance), Map.of(SkpVariables.FORM_DECISION, "APPROVE"));

    assertThat(instance).hasPassedInOrder("SusunSkp", "TinjauSkp", "Gateway_Keputusan", "End_SkpDisepakati")
        .isEnded();
    assertThat(managementService().createJobQuery().count()).isZero();
  }

  @Test
  void returnedWithNotesThenApproved() {
    ProcessInstance instance = start();

    complete(task(instance));
    complete(task(instance), Map.of(SkpVariables.FORM_DECISION, "RETURN"));
    assertThat(instance).isWaitingAt("SusunSkp").task().isAssignedTo("budi");
    complete(task(instance));
    complete(task(instance), Map.of(SkpVariables.FORM_DECISION, "APPROVE"));

    assertThat(instance).isEnded().hasPassed("End_SkpDisepakati");
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("SusunSkp").count()).isEqualTo(2);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("TinjauSkp").count()).isEqualTo(2);
  }

  @Test
  void theEmployeeIsRemindedAfterTheCyclesDaysAndTheTaskStaysOpen() {
    ProcessInstance instance = start();

    Job reminder = job("Timer_BelumDiajukan", instance);
    assertThat(reminder.getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(3)));
    execute(reminder);

    assertThat(reminders).containsExactly("PEGAWAI");
    assertThat(instance).hasPassed("KirimPengingatPegawai", "End_PengingatPegawai").isWaitingAt("SusunSkp");
  }

  @Test
  void theSupervisorIsRemindedWhenTheReviewWaits() {
    ProcessInstance instance = start();
    complete(task(instance));

    Job reminder = job("Timer_BelumDitinjau", instance);
    assertThat(reminder.getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(2)));
    execute(reminder);

    assertThat(reminders).containsExactly("PEJABAT_PENILAI");
    assertThat(instance).hasPassed("End_PengingatPejabatPenilai").isWaitingAt("TinjauSkp");
  }

  @Test
  void notAgreedInTimeEscalatesToTheSeniorWhileDraftingGoesOn() {
    ProcessInstance instance = start();

    Job deadline = job("Timer_BatasPenyepakatan", instance);
    assertThat(deadline.getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(10)));
    execute(deadline);

    assertThat(escalations).containsExactly("budi");
    assertThat(instance).isWaitingAt("SusunSkp", "TindakLanjutKeterlambatan");
    assertThat(instance).task("TindakLanjutKeterlambatan").isAssignedTo("kabid.yankes");
    complete(task("TindakLanjutKeterlambatan", instance), Map.of(SkpVariables.FORM_FOLLOW_UP, "Sudah diarahkan"));
    assertThat(instance).hasPassed("End_Ditindaklanjuti").isWaitingAt("SusunSkp");

    complete(task(instance));
    complete(task(instance), Map.of(SkpVariables.FORM_DECISION, "APPROVE"));
    assertThat(instance).isEnded();
  }

  @Test
  void agreementEndsAnOpenEscalationToo() {
    ProcessInstance instance = start();
    execute(job("Timer_BatasPenyepakatan", instance));
    complete(task("SusunSkp", instance));
    complete(task("TinjauSkp", instance), Map.of(SkpVariables.FORM_DECISION, "APPROVE"));

    assertThat(instance).isEnded().hasPassed("End_SkpDisepakati").hasNotPassed("End_Ditindaklanjuti");
    assertThat(taskService().createTaskQuery().count()).isZero();
  }

  @Test
  void aRevisionRunsTheSameReview() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("skp-planning", "skp-2",
        variables(2L, 1));

    complete(task(instance));
    complete(task(instance), Map.of(SkpVariables.FORM_DECISION, "RETURN"));
    complete(task(instance));
    complete(task(instance), Map.of(SkpVariables.FORM_DECISION, "APPROVE"));

    assertThat(instance).isEnded().hasPassed("End_SkpDisepakati").variables()
        .containsEntry(SkpVariables.REVISION, 1);
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("skp-planning", "skp-1", variables(1L, 0));
  }

  private static Map<String, Object> variables(long skpId, int revision) {
    return Map.of(SkpVariables.SKP_ID, skpId, SkpVariables.EMPLOYEE, "budi", SkpVariables.REVISION, revision,
        SkpVariables.SUBMIT_REMINDER, "P3D", SkpVariables.REVIEW_REMINDER, "P2D", SkpVariables.ESCALATION, "P10D");
  }
}
