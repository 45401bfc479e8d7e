package id.kinerja.planning.web;

import id.kinerja.planning.ReviewDecision;
import id.kinerja.planning.SkpDraft;
import id.kinerja.planning.SkpPlanning;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpSummary;
import id.kinerja.planning.SkpView;
import id.kinerja.planning.SkpWorkflow;
import id.kinerja.planning.SubordinateSkp;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/skp")
@Tag(name = "SKP", description = "Sasaran Kinerja Pegawai: draft, submit, review, revise")
class SkpController {

  private final SkpService skps;
  private final SkpWorkflow workflow;
  private final SkpPlanning planning;
  private final CurrentUser currentUser;

  private final id.kinerja.organization.PemdaClocks clocks;

  SkpController(SkpService skps, SkpWorkflow workflow, SkpPlanning planning, CurrentUser currentUser,
      id.kinerja.organization.PemdaClocks clocks) {
    this.clocks = clocks;
    this.skps = skps;
    this.workflow = workflow;
    this.planning = planning;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "My SKPs (optionally of one year)")
  List<SkpSummary> mine(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
    return skps.mine(currentUser.get(), year);
  }

  @GetMapping("/subordinates")
  @Operation(summary = "My direct subordinates with the status of their SKP for the year")
  List<SubordinateSkp> subordinates(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
    return skps.subordinates(currentUser.get(), year == null ? clocks.today(currentUser.get().username()).getYear() : year);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One SKP with RHK, indicators and every review round (owner, heads above, HR)")
  SkpView get(@PathVariable long id) {
    return skps.view(id, currentUser.get());
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace the draft (owner; DRAFT or RETURNED only)")
  SkpView replaceDraft(@PathVariable long id, @RequestBody SkpDraft draft) {
    return skps.replaceDraft(id, draft, currentUser.get().username());
  }

  @PostMapping("/{id}/submit")
  @Operation(summary = "Submit for review (owner); 400 lists every violated rule")
  SkpView submit(@PathVariable long id) {
    return workflow.submit(id, currentUser.get());
  }

  @PostMapping("/{id}/review")
  @Operation(summary = "APPROVE, or RETURN with notes (the assigned reviewer only)")
  SkpView review(@PathVariable long id, @RequestBody ReviewRequest request) {
    return workflow.review(id, request.decision(), request.notes(), currentUser.get());
  }

  @PostMapping("/{id}/revisions")
  @Operation(summary = "Ask to revise an agreed SKP (owner): a new draft revision; the agreed one stays in force")
  ResponseEntity<SkpView> revise(@PathVariable long id) {
    SkpView revision = planning.requestRevision(id, currentUser.get().username());
    return ResponseEntity.created(URI.create("/api/v1/skp/" + revision.id())).body(revision);
  }

  @PutMapping("/{id}/expectations")
  @Operation(summary = "Ekspektasi khusus pimpinan per BerAKHLAK value (the employee's supervisor; before the SKP "
      + "is agreed): replaces all; a blank text removes the value's expectation")
  SkpView expectations(@PathVariable long id, @RequestBody ExpectationsRequest request) {
    return skps.replaceExpectations(id, request.expectations(), currentUser.get().username());
  }

  record ReviewRequest(ReviewDecision decision, String notes) {
  }

  /** Keys: BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF. */
  record ExpectationsRequest(java.util.Map<String, String> expectations) {
  }
}
