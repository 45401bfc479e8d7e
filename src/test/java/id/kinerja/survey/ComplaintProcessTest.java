package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.kinerja.support.ProcessTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
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

/** Both paths of {@code tindak-lanjut-pengaduan}, with a test double for the task listener. */
@Deployment(resources = "processes/tindak-lanjut-pengaduan.bpmn")
class ComplaintProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
  private final List<String> answered = new ArrayList<>();

  @BeforeEach
  void doubles() {
    ClockUtil.setCurrentTime(Date.from(START));
    Mocks.register("complaintResponse", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setAssignee("TanggapiPengaduan".equals(task.getTaskDefinitionKey()) ? "kasi.ktp" : "kabid.dafduk");
      } else {
        answered.add(task.getAssignee() + ":" + task.getVariable("tanggapan"));
      }
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theUnitHeadAnswersInTime() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("TanggapiPengaduan").task().isAssignedTo("kasi.ktp");
    complete(task(instance), Map.of("tanggapan", "Antrean ditambah satu loket"));

    assertThat(instance).isEnded().hasPassed("End_Ditanggapi").hasNotPassed("TanggapiPengaduanEskalasi");
    assertThat(answered).containsExactly("kasi.ktp:Antrean ditambah satu loket");
  }

  @Test
  void unansweredAtTheDeadlineItMovesToTheHeadAbove() {
    ProcessInstance instance = start();

    assertThat(job("Timer_BatasTanggapan", instance).getDuedate().toInstant())
        .isEqualTo(START.plus(Duration.ofDays(5)));
    execute(job("Timer_BatasTanggapan", instance));

    assertThat(instance).isWaitingAt("TanggapiPengaduanEskalasi").task().isAssignedTo("kabid.dafduk");
    complete(task(instance), Map.of("tanggapan", "Sudah ditegur dan diperbaiki"));
    assertThat(instance).isEnded().hasPassed("End_DitanggapiEskalasi");
    assertThat(answered).containsExactly("kabid.dafduk:Sudah ditegur dan diperbaiki");
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("tindak-lanjut-pengaduan", "pengaduan-1",
        Map.of("complaintId", 1L, "batasTanggapan", "P5D"));
  }
}
