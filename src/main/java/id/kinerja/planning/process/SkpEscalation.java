package id.kinerja.planning.process;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.ReportingLine;
import id.kinerja.organization.UnitHead;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpVariables;
import id.kinerja.planning.SkpView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Tindak lanjut keterlambatan": the SKP is still not agreed after the cycle's escalation period. Goes to the
 * SENIOR (the supervisor when there is no senior, HR when there is neither); the senior's follow-up note is
 * required and audited.
 */
@Component("skpEscalation")
class SkpEscalation implements TaskListener {

  private final SkpService skps;
  private final TaskAssignment assignment;
  private final AuditTrail audit;
  private final TaskActor actor;
  private final Refusals refusals;

  SkpEscalation(SkpService skps, TaskAssignment assignment, AuditTrail audit, TaskActor actor, Refusals refusals) {
    this.skps = skps;
    this.assignment = assignment;
    this.audit = audit;
    this.actor = actor;
    this.refusals = refusals;
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    long skpId = ((Number) task.getVariable(SkpVariables.SKP_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ReportingLine line = skps.reportingLineOf(skpId);
      UnitHead senior = line.senior() != null ? line.senior() : line.supervisor();
      SkpView skp = skps.view(skpId);
      task.setVariableLocal(SkpVariables.FORM_SUMMARY, "SKP " + skp.year() + " milik " + skp.employeeName()
          + " (NIP " + skp.employeeNip() + ") belum disepakati. Status saat ini: " + skp.status()
          + (line.supervisor() == null ? "" : ". Pejabat penilai: " + line.supervisor().name()) + ".");
      task.setVariableLocal(SkpVariables.FORM_FOLLOW_UP, null);
      assignment.toPersonOrHr(task, senior == null ? null : senior.username(), "skp-escalation",
          skp.employeeName(), skp.year());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object followUp = task.getVariableLocal(SkpVariables.FORM_FOLLOW_UP);
      refusals.run(() -> {
        if (followUp == null || followUp.toString().isBlank()) {
          throw ApiException.badRequest("skp.escalation.follow-up-required");
        }
        audit.record(actor.of(task), "SKP_ESCALATION_HANDLED", "skp", String.valueOf(skpId), followUp.toString());
      });
    }
  }
}
