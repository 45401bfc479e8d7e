package id.kinerja.organization.web;

import id.kinerja.organization.EmployeeMoveService;
import id.kinerja.organization.EmployeeMoveView;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/employees/{nip}/moves")
@Tag(name = "Pegawai", description = "Employees and their reporting lines")
@PreAuthorize("hasRole('HR')")
class EmployeeMoveController {

  private final EmployeeMoveService moves;
  private final CurrentUser currentUser;

  EmployeeMoveController(EmployeeMoveService moves, CurrentUser currentUser) {
    this.moves = moves;
    this.currentUser = currentUser;
  }

  @PostMapping
  @Operation(summary = "Record a move (HR): {\"kind\",\"effectiveDate\",\"unitCode\",\"positionCode\",\"reason\"}",
      description = "kind MUTASI, PROMOSI, DEMOSI, AKTIF_KEMBALI (with unitCode and positionCode) or PENSIUN, "
          + "BERHENTI, MENINGGAL, CUTI_DILUAR_TANGGUNGAN_NEGARA, TUGAS_BELAJAR (without); effectiveDate YYYY-MM-DD "
          + "within a year either way. Dated today or earlier it applies at once (state APPLIED), else on its date "
          + "(PENDING): open tasks then follow the people who hold the roles; one pending move per employee (409).")
  ResponseEntity<EmployeeMoveView> record(@PathVariable String nip, @RequestBody EmployeeMoveService.MoveRequest request) {
    EmployeeMoveView view = moves.record(nip, request, currentUser.get().username());
    return ResponseEntity.created(URI.create("/api/v1/employees/" + view.nip() + "/moves/" + view.id())).body(view);
  }

  @GetMapping
  @Operation(summary = "The employee's moves, newest first (HR): their history")
  List<EmployeeMoveView> history(@PathVariable String nip) {
    return moves.history(nip);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Cancel a move that has not applied yet (HR); applied → 409")
  ResponseEntity<Void> cancel(@PathVariable String nip, @PathVariable long id) {
    moves.cancel(nip, id, currentUser.get().username());
    return ResponseEntity.noContent().build();
  }
}
