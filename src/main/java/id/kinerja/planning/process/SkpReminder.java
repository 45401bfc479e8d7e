package id.kinerja.planning.process;

import id.kinerja.notification.Notifier;
import id.kinerja.organization.ReportingLine;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpVariables;
import id.kinerja.planning.SkpView;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder. The service task's input parameter {@code penerima} says to whom: {@code PEGAWAI} (the SKP is
 * not submitted yet) or {@code PEJABAT_PENILAI} (the SKP is not reviewed yet).
 */
@Component("skpReminder")
class SkpReminder implements JavaDelegate {

  private final SkpService skps;
  private final Notifier notifier;

  SkpReminder(SkpService skps, Notifier notifier) {
    this.skps = skps;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long skpId = ((Number) execution.getVariable(SkpVariables.SKP_ID)).longValue();
    SkpView skp = skps.view(skpId);
    String recipient = String.valueOf(execution.getVariableLocal(SkpVariables.REMINDER_RECIPIENT));
    if ("PEJABAT_PENILAI".equals(recipient)) {
      ReportingLine line = skps.reportingLineOf(skpId);
      if (line.supervisor() != null) {
        notifier.notify(line.supervisor().username(), "skp-review-reminder", null, skp.employeeName(), skp.year());
      }
    } else {
      notifier.notify(skp.employeeUsername(), "skp-draft-reminder", null, skp.year());
    }
  }
}
