package id.kinerja.organization.web;

import id.kinerja.organization.ImportResult;
import id.kinerja.organization.ImportTable;
import id.kinerja.organization.PositionImport;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/positions")
@Tag(name = "Jabatan", description = "Positions of the organisation")
class PositionController {

  private final PositionImport positionImport;
  private final CurrentUser currentUser;

  PositionController(PositionImport positionImport, CurrentUser currentUser) {
    this.positionImport = positionImport;
    this.currentUser = currentUser;
  }

  @PostMapping(path = "/import", consumes = {"text/csv", "text/plain", ImportTable.XLSX})
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Import positions from CSV or XLSX (HR)",
      description = "Columns kode,nama,jenis,unit_kode,kepala (optional formasi). ?dryRun=true answers the plan and stores nothing. All rows or none; one head post "
          + "per unit (JPT, ADMINISTRATOR or PENGAWAS).")
  ImportResult importFile(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(defaultValue = "false") boolean dryRun) {
    return positionImport.importTable(ImportTable.read(body, contentType), currentUser.get().username(), dryRun);
  }
}
