package id.kinerja.reward.web;

import id.kinerja.common.Bounded;
import id.kinerja.common.DecimalBounds;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.reward.RewardService;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Penghargaan", description = "Rewards for SANGAT_BAIK results")
class RewardController {

  private final RewardService rewards;
  private final EvaluationService evaluations;
  private final CurrentUser currentUser;

  RewardController(RewardService rewards, EvaluationService evaluations, CurrentUser currentUser) {
    this.rewards = rewards;
    this.evaluations = evaluations;
    this.currentUser = currentUser;
  }

  @PutMapping("/api/v1/rewards/budgets")
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Set an organisation's yearly incentive budget (HR)")
  ResponseEntity<Void> budget(@RequestBody BudgetRequest request) {
    rewards.setBudget(request.organisationCode(), request.year(), request.amount(), currentUser.get().username());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/evaluations/{id}/rewards")
  @Operation(summary = "Rewards proposed and decided for an evaluation (the employee, heads above, HR)")
  List<RewardView> list(@PathVariable long id) {
    evaluations.view(id, currentUser.get());
    return rewards.of(id).stream().map(r -> new RewardView(r.getId(), r.getType().name(), r.getAmount(),
        r.getReason(), r.getStatus().name(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote(),
        r.getVerificationCode() == null ? null : "/api/v1/rewards/" + r.getId() + "/certificate.pdf")).toList();
  }

  @GetMapping(path = "/api/v1/rewards/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The certificate of an approved SERTIFIKAT (the employee, heads above, HR)")
  ResponseEntity<byte[]> certificate(@PathVariable long id) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sertifikat-" + id + ".pdf\"")
        .body(rewards.certificate(id, currentUser.get()));
  }

  record BudgetRequest(String organisationCode, Integer year,
      @Bounded(DecimalBounds.MONEY) BigDecimal amount) {
  }

  record RewardView(Long id, String type, BigDecimal amount, String reason, String status, String decidedBy,
      Instant decidedAt, String decisionNote, String certificate) {
  }

}
