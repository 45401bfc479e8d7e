package id.kinerja.organization.web;

import id.kinerja.organization.EmployeeDirectory;
import id.kinerja.organization.EmployeeImport;
import id.kinerja.organization.EmployeeView;
import id.kinerja.organization.ImportResult;
import id.kinerja.organization.ImportTable;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/employees")
@Tag(name = "Pegawai", description = "Employees and their reporting lines")
class EmployeeController {

  private final EmployeeDirectory directory;
  private final EmployeeImport employeeImport;
  private final CurrentUser currentUser;

  EmployeeController(EmployeeDirectory directory, EmployeeImport employeeImport, CurrentUser currentUser) {
    this.directory = directory;
    this.employeeImport = employeeImport;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "Employees visible to the caller",
      description = "HR: all active employees; others: themselves and the employees of the units they lead. "
          + "Paged with page/size; the total is in the X-Total-Count header.")
  ResponseEntity<List<EmployeeView>> list(@RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int size) {
    Page<EmployeeView> found = directory.visibleTo(currentUser.get(), page, size);
    return ResponseEntity.ok()
        .header("X-Total-Count", String.valueOf(found.getTotalElements()))
        .body(found.getContent());
  }

  @GetMapping("/{nip}")
  @Operation(summary = "One employee with supervisor and senior")
  EmployeeView get(@PathVariable String nip) {
    return directory.byNip(currentUser.get(), nip);
  }

  @PostMapping(path = "/import", consumes = {"text/csv", "text/plain", ImportTable.XLSX})
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Import employees from CSV or XLSX (HR)",
      description = "CSV in UTF-8, or XLSX (first sheet, header row). Columns nip,nama,jenis,unit_kode,jabatan_kode,"
          + "email (optional username,pangkat,golongan,status). All rows or none: if any row is invalid, nothing is "
          + "stored and every bad row is listed with its reason. A head post takes one holder, other positions many "
          + "up to their formasi. ?dryRun=true answers the plan (added, changed field by field, unchanged) and stores "
          + "nothing; ?mode=full also lists the active employees of the file's Pemda that the file does not list.")
  ImportResult importFile(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(defaultValue = "") @Pattern(regexp = "^(full)?$") String mode) {
    return employeeImport.importTable(ImportTable.read(body, contentType), currentUser.get().username(), dryRun,
        "full".equals(mode));
  }
}
