package id.kinerja.evaluation;

import id.kinerja.planning.SkpView;
import id.kinerja.progress.Achievement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation as the API shows it. {@code GET /api/v1/evaluations/{id}} adds {@code rhk}: per RHK its capaian and
 * per indicator the period's target, realisation and capaian ({@link EvaluationCapaian}); lists leave it out.
 */
public record EvaluationView(Long id, Long skpId, String employeeNip, String employeeName, String periodCode,
    LocalDate periodFrom, LocalDate periodTo, EvaluationStatus status, BigDecimal weightedCapaian,
    Rating suggestedRating, Rating resultsRating, String overrideReason, Rating behaviourRating, Predikat predikat,
    String supervisorNotes, String assessedBy, String approvedBy, Instant publishedAt, LocalDate objectionDeadline,
    String objectionReasons, String objectionExplanation, String objectionExplainedBy, Instant objectionEscalatedAt,
    String objectionDecision, String objectionNotes, String objectionDecidedBy, Integer creditMultiplier,
    List<RoundView> finalApproval, List<EvaluationCapaian.Rhk> rhk) {

  public record RoundView(int round, String decision, String notes, String decidedBy, Instant decidedAt) {
  }

  /**
   * @param capaian the period's capaian per RHK and indicator (live before scoring, as scored after); null: not
   *     shown (lists), and the weighted capaian is the stored one
   */
  static EvaluationView of(Evaluation e, SkpView skp, EvaluationCapaian capaian) {
    return new EvaluationView(e.getId(), e.getSkpId(), skp.employeeNip(), skp.employeeName(), e.getPeriodCode(),
        e.getPeriodFrom(), e.getPeriodTo(), e.getStatus(),
        capaian != null ? capaian.weightedCapaian() : Achievement.report(e.getWeightedCapaian()),
        e.getSuggestedRating(), e.getResultsRating(), e.getOverrideReason(), e.getBehaviourRating(), e.getPredikat(),
        e.getSupervisorNotes(), e.getAssessedBy(), e.getApprovedBy(), e.getPublishedAt(), e.getObjectionDeadline(),
        e.getObjectionReasons(), e.getObjectionExplanation(), e.getObjectionExplainedBy(),
        e.getObjectionEscalatedAt(), e.getObjectionDecision(), e.getObjectionNotes(), e.getObjectionDecidedBy(),
        e.getCreditMultiplier(),
        e.getRounds().stream().map(r -> new RoundView(r.getRound(), r.getDecision(), r.getNotes(), r.getDecidedBy(),
            r.getDecidedAt())).toList(), capaian == null ? null : capaian.rhk());
  }
}
