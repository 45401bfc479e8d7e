package id.kinerja.cycle.web;

import id.kinerja.cycle.CycleService;
import id.kinerja.cycle.CycleView;
import id.kinerja.cycle.OpenCycleCommand;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cycles")
@PreAuthorize("hasRole('HR')")
@Tag(name = "Periode penilaian", description = "Appraisal cycles (HR)")
class CycleController {

  private final CycleService cycles;
  private final CurrentUser currentUser;

  CycleController(CycleService cycles, CurrentUser currentUser) {
    this.cycles = cycles;
    this.currentUser = currentUser;
  }

  @PostMapping
  @Operation(summary = "Open a cycle for a unit subtree (HR)",
      description = "202 with the cycle; one skp-planning instance per active employee is started in the "
          + "background (progress: GET /api/v1/cycles/{id}). Opening the same unit and year again starts nothing "
          + "new and answers 200 with the existing cycle.")
  ResponseEntity<CycleView> open(@RequestBody OpenCycleCommand command) {
    CycleService.Opened opened = cycles.open(command, currentUser.get().username());
    return ResponseEntity.status(opened.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
        .location(URI.create("/api/v1/cycles/" + opened.cycle().id()))
        .body(opened.cycle());
  }

  @PostMapping("/{id}/retry")
  @Operation(summary = "Start again what the cycle's openings could not start (HR)",
      description = "202 with the cycle when failed SKP planning or evaluation instances (its `failures`) are "
          + "started again in the background; 200 when there is nothing to retry. Idempotent: nobody is started "
          + "twice. 409 while the cycle is still opening.")
  ResponseEntity<CycleView> retry(@PathVariable long id) {
    CycleService.Opened retried = cycles.retry(id, currentUser.get().username());
    return ResponseEntity.status(retried.created() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(retried.cycle());
  }

  @GetMapping("/{id}")
  @Operation(summary = "A cycle with its opening progress (started / total, failed with the failures)")
  CycleView get(@PathVariable long id) {
    return cycles.view(id);
  }

  @GetMapping
  @Operation(summary = "All cycles")
  List<CycleView> list() {
    return cycles.list();
  }
}
