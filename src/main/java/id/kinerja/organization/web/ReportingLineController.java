package id.kinerja.organization.web;

import id.kinerja.organization.EmployeeView;
import id.kinerja.organization.ReportingLineCorrectionService;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pegawai", description = "Employees and their reporting lines")
@PreAuthorize("hasRole('HR')")
class ReportingLineController {

  private final ReportingLineCorrectionService corrections;
  private final CurrentUser currentUser;

  ReportingLineController(ReportingLineCorrectionService corrections, CurrentUser currentUser) {
    this.corrections = corrections;
    this.currentUser = currentUser;
  }

  @PutMapping("/api/v1/employees/{nip}/reporting-line")
  @Operation(summary = "Correct an employee's atasan (HR): {\"supervisorNip\",\"seniorNip\",\"reason\",\"validUntil\"}",
      description = "Wins over the tree until validUntil (at most two years ahead); seniorNip optional (else the head "
          + "above the named supervisor); replaces an earlier correction; open tasks follow at once; audited.")
  EmployeeView correct(@PathVariable String nip, @RequestBody ReportingLineCorrectionService.Correction request) {
    return corrections.correct(nip, request, currentUser.get());
  }

  @DeleteMapping("/api/v1/employees/{nip}/reporting-line")
  @Operation(summary = "End the correction (HR): the tree decides again; none → 404")
  ResponseEntity<Void> end(@PathVariable String nip) {
    corrections.end(nip, currentUser.get().username());
    return ResponseEntity.noContent().build();
  }
}
