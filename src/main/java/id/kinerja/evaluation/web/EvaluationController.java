package id.kinerja.evaluation.web;

import id.kinerja.evaluation.EvaluationDocument;
import id.kinerja.evaluation.EvaluationOpening;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.EvaluationView;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evaluasi kinerja", description = "Periodic and annual evaluations, objections")
class EvaluationController {

  private final EvaluationService evaluations;
  private final EvaluationOpening opening;
  private final CurrentUser currentUser;
  private final EvaluationDocument documents;

  private final id.kinerja.organization.PemdaClocks clocks;

  EvaluationController(EvaluationService evaluations, EvaluationOpening opening, CurrentUser currentUser,
      EvaluationDocument documents, id.kinerja.organization.PemdaClocks clocks) {
    this.clocks = clocks;
    this.documents = documents;
    this.evaluations = evaluations;
    this.opening = opening;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/v1/cycles/{id}/evaluations")
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Start the evaluation of a period (Q1, M3, S1 … ANNUAL) for every agreed SKP of the cycle "
      + "(HR; idempotent, in the background)")
  ResponseEntity<Map<String, Object>> open(@PathVariable long id, @RequestBody PeriodRequest request) {
    int scope = opening.open(id, request.period(), currentUser.get().username());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(Map.of("cycleId", id, "period", request.period(), "agreedSkp", scope));
  }

  @GetMapping("/api/v1/evaluations")
  @Operation(summary = "My evaluations and my direct subordinates' of a year")
  List<EvaluationView> list(@RequestParam(required = false) Integer year) {
    return evaluations.list(currentUser.get(), year == null ? clocks.today(currentUser.get().username()).getYear() : year);
  }

  @GetMapping("/api/v1/evaluations/{id}")
  @Operation(summary = "One evaluation (the employee, heads above, HR)")
  EvaluationView get(@PathVariable long id) {
    return evaluations.view(id, currentUser.get());
  }

  @GetMapping(path = "/api/v1/evaluations/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Dokumen evaluasi kinerja (PDF) of a published evaluation (the employee, heads above, HR)")
  ResponseEntity<byte[]> document(@PathVariable long id) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluasi-kinerja-" + id + ".pdf\"")
        .body(documents.render(id, currentUser.get()));
  }

  @PostMapping("/api/v1/evaluations/{id}/objection")
  @Operation(summary = "Object to a published result within the window, with written reasons (the employee); "
      + "the senior decides, finally")
  EvaluationView object(@PathVariable long id, @RequestBody ObjectionRequest request) {
    evaluations.object(id, request.reasons(), currentUser.get());
    return evaluations.view(id, currentUser.get());
  }

  record PeriodRequest(String period) {
  }

  record ObjectionRequest(String reasons) {
  }
}
