package id.kinerja.supervisorreport.web;

import id.kinerja.security.CurrentUser;
import id.kinerja.supervisorreport.SupervisorReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pegawai", description = "Employees and their reporting lines")
class SupervisorReportController {

  private final SupervisorReports reports;
  private final CurrentUser currentUser;

  SupervisorReportController(SupervisorReports reports, CurrentUser currentUser) {
    this.reports = reports;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/v1/employees/{nip}/reporting-line/reports")
  @Operation(summary = "Report a wrong atasan (the employee themself): {\"message\"}",
      description = "Starts koreksi-atasan: HR corrects the reporting line or rejects with a reason; the employee is "
          + "notified either way. One open report per employee (409); someone else's NIP → 403.")
  ResponseEntity<SupervisorReports.ReportView> report(@PathVariable String nip,
      @RequestBody SupervisorReports.Report request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(reports.report(nip, request, currentUser.get()));
  }
}
