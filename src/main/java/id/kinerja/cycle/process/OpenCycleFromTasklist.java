package id.kinerja.cycle.process;

import id.kinerja.cycle.CycleService;
import id.kinerja.cycle.OpenCycleCommand;
import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.common.TaskRefusedException;
import id.kinerja.security.Role;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task of {@code pembukaan-periode}: opens the cycle HR described in the start form, through the same
 * {@link CycleService#open} the API uses, and keeps the cycle id as a process variable.
 */
@Component("openCycle")
class OpenCycleFromTasklist implements JavaDelegate {

  private final CycleService cycles;
  private final IdentityService identity;
  private final Problems problems;

  OpenCycleFromTasklist(CycleService cycles, IdentityService identity, Problems problems) {
    this.cycles = cycles;
    this.identity = identity;
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OpenCycleCommand command = new OpenCycleCommand(
        number(execution.getVariable("tahun")),
        (String) execution.getVariable("kadensi"),
        (String) execution.getVariable("kodeUnit"),
        number(execution.getVariable("hariPengingatPenyusunan")),
        number(execution.getVariable("hariPengingatPeninjauan")),
        number(execution.getVariable("hariEskalasi")));
    String initiator = (String) execution.getVariable("pemohon");
    if (initiator == null || identity.createUserQuery().userId(initiator).memberOfGroup(Role.HR.groupId()).count() == 0) {
      throw new ProcessEngineException("Hanya pengelola kinerja (HR) yang dapat membuka periode penilaian.");
    }
    CycleService.Opened opened;
    try {
      opened = cycles.open(command, initiator);
    } catch (ApiException e) {
      throw new TaskRefusedException(problems.explain(e, Locale.forLanguageTag("id")), e);
    }
    execution.setVariable("cycleId", opened.cycle().id());
    execution.setVariable("periodeBaru", opened.created());
  }

  private static Integer number(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
