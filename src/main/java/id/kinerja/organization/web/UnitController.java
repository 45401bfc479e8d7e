package id.kinerja.organization.web;

import id.kinerja.organization.EmployeeDirectory;
import id.kinerja.organization.ImportResult;
import id.kinerja.organization.ImportTable;
import id.kinerja.organization.UnitImport;
import id.kinerja.organization.UnitView;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Unit kerja", description = "The organisation tree")
class UnitController {

  private final EmployeeDirectory directory;
  private final UnitImport unitImport;
  private final CurrentUser currentUser;

  UnitController(EmployeeDirectory directory, UnitImport unitImport, CurrentUser currentUser) {
    this.directory = directory;
    this.unitImport = unitImport;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "All units with parent and head (any authenticated user)")
  List<UnitView> list() {
    return directory.units();
  }

  @PostMapping(path = "/import", consumes = {"text/csv", "text/plain", ImportTable.XLSX})
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Import units from CSV or XLSX (HR)",
      description = "Columns kode,nama,tingkat,induk_kode (optional populasi_layanan, zona_waktu WIB/WITA/WIT and kedudukan on the "
          + "PEMDA root). ?dryRun=true answers the plan and stores nothing. All rows or none; rows in any order; a parent is one level up or more.")
  ImportResult importFile(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(defaultValue = "false") boolean dryRun) {
    return unitImport.importTable(ImportTable.read(body, contentType), currentUser.get().username(), dryRun);
  }
}
