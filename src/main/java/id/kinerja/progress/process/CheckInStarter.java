package id.kinerja.progress.process;

import id.kinerja.planning.SkpAgreed;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an SKP is first agreed, its periodic check-ins ({@code dialog-kinerja}) are scheduled. */
@Component
class CheckInStarter {

  static final String PROCESS_KEY = "dialog-kinerja";

  private final RuntimeService runtime;
  private final int escalationDays;

  CheckInStarter(RuntimeService runtime,
      @org.springframework.beans.factory.annotation.Value("${kinerja.checkin.escalation-days:7}") int escalationDays) {
    this.runtime = runtime;
    this.escalationDays = escalationDays;
  }

  @EventListener
  void onAgreed(SkpAgreed agreed) {
    if (agreed.revision() > 0) {
      return; // the check-ins of the first agreement go on; a revision changes content, not the calendar
    }
    runtime.startProcessInstanceByKey(PROCESS_KEY, "dialog-" + agreed.skpId(), Map.of("skpId", agreed.skpId(),
        "cycleId", agreed.cycleId(), "tahun", agreed.year(), "employee", agreed.employeeUsername(),
        "batasDialog", id.kinerja.common.Durations.days(escalationDays)));
  }
}
