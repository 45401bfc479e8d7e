package id.kinerja.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import id.kinerja.cycle.Cadence;
import id.kinerja.support.ProcessTestEngine;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * Paths of {@code dialog-kinerja} for a quarterly cycle. The scheduling double uses the real
 * {@link CheckInService#nextAfter} with the engine clock, so moving the clock moves the check-ins.
 */
@Deployment(resources = "processes/dialog-kinerja.bpmn")
class DialogKinerjaProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @BeforeEach
  void doubles() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-08-10T03:00:00Z")));
    Mocks.register("nextCheckIn", (JavaDelegate) execution -> {
      ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), WIB);
      var next = CheckInService.nextAfter(Cadence.QUARTERLY, 2026, now);
      execution.setVariable("adaJadwal", next.isPresent());
      next.ifPresent(s -> {
        execution.setVariable("periode", s.periodCode());
        execution.setVariable("tanggalDialog", s.date().toString());
        execution.setVariable("waktuDialog", s.timerDate());
      });
    });
    Mocks.register("checkInForms", (TaskListener) (DelegateTask task) -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setAssignee(switch (task.getTaskDefinitionKey()) {
          case "DialogKinerja" -> "kasi.kurikulum";
          case "KonfirmasiDialog" -> "rina";
          default -> "kabid.sd";
        });
      }
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aCheckInTaskAppearsAtTheCadenceDateAndTheEmployeeAcknowledges() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("Timer_TanggalDialog");
    var timer = job("Timer_TanggalDialog", instance);
    assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-09-30T02:00:00Z"));
    assertThat(taskQuery().count()).isZero();

    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);

    assertThat(instance).isWaitingAt("DialogKinerja").task().isAssignedTo("kasi.kurikulum");
    complete(task(instance), Map.of("umpanBalik", "Capaian Q3 sesuai rencana"));
    assertThat(instance).isWaitingAt("KonfirmasiDialog").task().isAssignedTo("rina");
    complete(task(instance));

    assertThat(instance).isWaitingAt("Timer_TanggalDialog").variables().containsEntry("periode", "Q4");
  }

  @Test
  void aMissedCheckInGoesToTheSeniorWhileItStaysOpen() {
    ProcessInstance instance = start();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-30T02:00:00Z")));
    execute(job("Timer_TanggalDialog", instance));

    execute(job("Timer_DialogTerlewat", instance));

    assertThat(instance).isWaitingAt("DialogKinerja", "TindakLanjutDialogTerlewat");
    assertThat(instance).task("TindakLanjutDialogTerlewat").isAssignedTo("kabid.sd");
    complete(task("TindakLanjutDialogTerlewat", instance), Map.of("tindakLanjut", "Dijadwalkan ulang"));
    assertThat(instance).hasPassed("End_TerlewatDitindaklanjuti").isWaitingAt("DialogKinerja");
  }

  @Test
  void afterTheLastPeriodTheDialogsEnd() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T03:00:00Z")));

    ProcessInstance instance = start();

    assertThat(instance).isEnded().hasPassed("End_TahunSelesai");
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("dialog-kinerja", "dialog-1",
        Map.of("skpId", 1L, "cycleId", 1L, "tahun", 2026, "employee", "rina", "batasDialog", "P7D"));
  }
}
