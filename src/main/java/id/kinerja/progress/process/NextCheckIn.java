package id.kinerja.progress.process;

import id.kinerja.progress.CheckInVariables;
import id.kinerja.progress.CheckInService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tentukan jadwal dialog berikutnya": the next period end after now, or none (the year is over). */
@Component("nextCheckIn")
class NextCheckIn implements JavaDelegate {

  private final CheckInService checkIns;

  NextCheckIn(CheckInService checkIns) {
    this.checkIns = checkIns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = ((Number) execution.getVariable(CheckInVariables.CYCLE_ID)).longValue();
    int year = ((Number) execution.getVariable(CheckInVariables.YEAR)).intValue();
    var next = checkIns.next(cycleId, year);
    execution.setVariable(CheckInVariables.SCHEDULED, next.isPresent());
    next.ifPresent(s -> {
      execution.setVariable(CheckInVariables.PERIOD, s.periodCode());
      execution.setVariable(CheckInVariables.DIALOG_DATE, s.date().toString());
      execution.setVariable(CheckInVariables.DIALOG_TIME, s.timerDate());
    });
  }
}
