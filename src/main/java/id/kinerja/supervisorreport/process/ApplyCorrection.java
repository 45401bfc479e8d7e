package id.kinerja.supervisorreport.process;

import static id.kinerja.supervisorreport.KoreksiAtasanVariables.*;

import id.kinerja.common.Refusals;
import id.kinerja.organization.ReportingLineCorrectionService;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Terapkan koreksi atasan" (Sistem): HR's KOREKSI decision becomes a reporting-line correction, by the same rules
 * as {@code PUT /api/v1/employees/{nip}/reporting-line} (validated, audited, open tasks follow). It runs in the
 * transaction that completes HR's task, so a refused correction (an unknown NIP, a date out of range) refuses the
 * completion with its reasons and nothing is stored.
 */
@Component("supervisorCorrectionApply")
class ApplyCorrection implements JavaDelegate {

  private final ReportingLineCorrectionService corrections;
  private final Refusals refusals;

  ApplyCorrection(ReportingLineCorrectionService corrections, Refusals refusals) {
    this.corrections = corrections;
    this.refusals = refusals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String by = (String) execution.getVariable(DECIDED_BY);
    refusals.run(() -> corrections.correct((String) execution.getVariable(NIP),
        new ReportingLineCorrectionService.Correction((String) execution.getVariable(SUPERVISOR_NIP),
            (String) execution.getVariable(SENIOR_NIP),
            "Laporan pegawai: " + execution.getVariable(REASON),
            (String) execution.getVariable(VALID_UNTIL)),
        new KinerjaUser(by == null ? "system" : by, Set.of(Role.HR))));
  }
}
