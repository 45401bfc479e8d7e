package id.kinerja.progress.process;

import id.kinerja.progress.CheckInVariables;
import id.kinerja.planning.SkpAgreed;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an SKP is first agreed, its periodic check-ins ({@code dialog-kinerja}) are scheduled. */
@Component
class CheckInStarter {

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
    runtime.startProcessInstanceByKey(CheckInVariables.PROCESS_KEY, CheckInVariables.BUSINESS_KEY_PREFIX
        + agreed.skpId(), Map.of(CheckInVariables.SKP_ID, agreed.skpId(), CheckInVariables.CYCLE_ID,
        agreed.cycleId(), CheckInVariables.YEAR, agreed.year(), CheckInVariables.EMPLOYEE, agreed.employeeUsername(),
        CheckInVariables.DIALOG_DEADLINE, id.kinerja.common.Durations.days(escalationDays)));
  }
}
