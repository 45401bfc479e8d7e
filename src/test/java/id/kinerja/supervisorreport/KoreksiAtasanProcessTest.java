package id.kinerja.supervisorreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import id.kinerja.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both paths of {@code koreksi-atasan} (HR corrects, HR rejects), with test doubles for the listener and steps. */
@Deployment(resources = "processes/koreksi-atasan.bpmn")
class KoreksiAtasanProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private final List<String> applied = new ArrayList<>();
  private final List<String> notified = new ArrayList<>();

  @BeforeEach
  void doubles() {
    Mocks.register("supervisorReportDecision", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.addCandidateGroup("hr");
      }
    });
    Mocks.register("supervisorCorrectionApply", (JavaDelegate) (DelegateExecution execution) ->
        applied.add(execution.getVariable(KoreksiAtasanVariables.NIP) + "->"
            + execution.getVariable(KoreksiAtasanVariables.SUPERVISOR_NIP)));
    Mocks.register("supervisorReportNotice", (JavaDelegate) (DelegateExecution execution) ->
        notified.add(execution.getVariable(KoreksiAtasanVariables.REPORTER) + ":"
            + execution.getVariable(KoreksiAtasanVariables.DECISION)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void hrCorrectsTheAtasanAndTheEmployeeIsTold() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt(KoreksiAtasanVariables.TASK_DECIDE);
    assertThat(taskQuery().taskCandidateGroup("hr").count()).isOne();
    complete(task(instance), Map.of(KoreksiAtasanVariables.DECISION, KoreksiAtasanVariables.DECISION_CORRECT,
        KoreksiAtasanVariables.REASON, "Diperbantukan ke puskesmas", KoreksiAtasanVariables.SUPERVISOR_NIP,
        "197801012005011091"));

    assertThat(instance).isEnded().hasPassedInOrder(KoreksiAtasanVariables.TASK_DECIDE,
        KoreksiAtasanVariables.STEP_APPLY, KoreksiAtasanVariables.STEP_NOTIFY_CORRECTED,
        KoreksiAtasanVariables.END_CORRECTED).hasNotPassed(KoreksiAtasanVariables.STEP_NOTIFY_REJECTED);
    assertThat(applied).containsExactly("199001012015011093->197801012005011091");
    assertThat(notified).containsExactly("pegawai.uji:KOREKSI");
  }

  @Test
  void hrRejectsTheReportNothingIsCorrectedAndTheEmployeeIsTold() {
    ProcessInstance instance = start();

    complete(task(instance), Map.of(KoreksiAtasanVariables.DECISION, KoreksiAtasanVariables.DECISION_REJECT,
        KoreksiAtasanVariables.REASON, "Data atasan sudah sesuai SK penempatan"));

    assertThat(instance).isEnded().hasPassed(KoreksiAtasanVariables.STEP_NOTIFY_REJECTED,
        KoreksiAtasanVariables.END_REJECTED).hasNotPassed(KoreksiAtasanVariables.STEP_APPLY,
        KoreksiAtasanVariables.END_CORRECTED);
    assertThat(applied).isEmpty();
    assertThat(notified).containsExactly("pegawai.uji:TOLAK");
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KoreksiAtasanVariables.PROCESS_KEY,
        "koreksi-atasan-199001012015011093", Map.of(KoreksiAtasanVariables.REPORTER, "pegawai.uji",
            KoreksiAtasanVariables.NIP, "199001012015011093", KoreksiAtasanVariables.MESSAGE,
            "Atasan saya sekarang kepala puskesmas, bukan kepala seksi."));
  }
}
