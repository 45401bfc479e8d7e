package id.kinerja.progress.process;

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
    long cycleId = ((Number) execution.getVariable("cycleId")).longValue();
    int year = ((Number) execution.getVariable("tahun")).intValue();
    var next = checkIns.next(cycleId, year);
    execution.setVariable("adaJadwal", next.isPresent());
    next.ifPresent(s -> {
      execution.setVariable("periode", s.periodCode());
      execution.setVariable("tanggalDialog", s.date().toString());
      execution.setVariable("waktuDialog", s.timerDate());
    });
  }
}
