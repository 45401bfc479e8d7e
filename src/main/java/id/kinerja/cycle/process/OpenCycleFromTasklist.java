package id.kinerja.cycle.process;

import id.kinerja.cycle.CycleVariables;
import id.kinerja.common.Refusals;
import id.kinerja.cycle.CycleService;
import id.kinerja.cycle.OpenCycleCommand;
import id.kinerja.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task of {@code pembukaan-periode}: opens the cycle HR described in the start form, through the same
 * {@link CycleService#open} the API uses, and keeps the cycle id as a process variable and in the business key
 * {@code periode-{cycleId}}.
 */
@Component("openCycle")
class OpenCycleFromTasklist implements JavaDelegate {

  private final CycleService cycles;
  private final IdentityService identity;
  private final Refusals refusals;

  OpenCycleFromTasklist(CycleService cycles, IdentityService identity, Refusals refusals) {
    this.cycles = cycles;
    this.identity = identity;
    this.refusals = refusals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OpenCycleCommand command = new OpenCycleCommand(
        number(execution.getVariable(CycleVariables.FORM_YEAR)),
        (String) execution.getVariable(CycleVariables.FORM_CADENCE),
        (String) execution.getVariable(CycleVariables.FORM_UNIT_CODE),
        number(execution.getVariable(CycleVariables.FORM_SUBMIT_REMINDER_DAYS)),
        number(execution.getVariable(CycleVariables.FORM_REVIEW_REMINDER_DAYS)),
        number(execution.getVariable(CycleVariables.FORM_ESCALATION_DAYS)));
    String initiator = (String) execution.getVariable(CycleVariables.INITIATOR);
    if (initiator == null || identity.createUserQuery().userId(initiator).memberOfGroup(Role.HR.groupId()).count() == 0) {
      throw new ProcessEngineException("Hanya pengelola kinerja (HR) yang dapat membuka periode penilaian.");
    }
    CycleService.Opened[] opened = new CycleService.Opened[1];
    refusals.run(() -> opened[0] = cycles.open(command, initiator));
    execution.setVariable(CycleVariables.CYCLE_ID, opened[0].cycle().id());
    // the portal's link to this instance (webapp.InstanceLinkController) leads to the cycle's opening progress
    execution.setProcessBusinessKey(CycleVariables.BUSINESS_KEY_PREFIX + opened[0].cycle().id());
    execution.setVariable(CycleVariables.NEW_CYCLE, opened[0].created());
  }

  private static Integer number(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
