package id.kinerja.supervisorreport.process;

import static id.kinerja.supervisorreport.KoreksiAtasanVariables.*;

import id.kinerja.notification.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Beri tahu pegawai" (Sistem): the reporter learns HR's decision and its reason, corrected or rejected. */
@Component("supervisorReportNotice")
class NotifyReporter implements JavaDelegate {

  private final Notifier notifier;

  NotifyReporter(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean corrected = DECISION_CORRECT.equals(execution.getVariable(DECISION));
    notifier.notify((String) execution.getVariable(REPORTER),
        corrected ? "supervisor-report-corrected" : "supervisor-report-rejected", "/app/atasan",
        execution.getVariable(REASON));
  }
}
