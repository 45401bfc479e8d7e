package id.kinerja.evaluation;

import id.kinerja.progress.Achievement;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One evaluation of an agreed SKP for one period of its cycle (Q1, M3, S1 … or ANNUAL). */
@Entity
@Table(name = "evaluation")
public class Evaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
  @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "skp_id", nullable = false)
  private Long skpId;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "period_code", nullable = false)
  private String periodCode;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvaluationStatus status = EvaluationStatus.SELF_EVALUATION;

  @Column(name = "self_assessment")
  private String selfAssessment;

  @Column(name = "weighted_capaian")
  private BigDecimal weightedCapaian;

  @Column(name = "scored_at")
  private Instant scoredAt;

  /** The capaian per indicator and RHK as scored ({@link EvaluationCapaian}, JSON). */
  @Column(name = "capaian_detail")
  private String capaianDetail;

  @Column(name = "utama_without_realisation", nullable = false)
  private boolean utamaWithoutRealisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "suggested_rating")
  private Rating suggestedRating;

  @Enumerated(EnumType.STRING)
  @Column(name = "results_rating")
  private Rating resultsRating;

  @Column(name = "override_reason")
  private String overrideReason;

  @Column(name = "behaviour_ratings")
  private String behaviourRatings;

  @Enumerated(EnumType.STRING)
  @Column(name = "behaviour_rating")
  private Rating behaviourRating;

  @Enumerated(EnumType.STRING)
  private Predikat predikat;

  @Column(name = "supervisor_notes")
  private String supervisorNotes;

  @Column(name = "assessed_by")
  private String assessedBy;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "objection_deadline")
  private LocalDate objectionDeadline;

  @Column(name = "objection_reasons")
  private String objectionReasons;

  @Column(name = "objection_filed_at")
  private Instant objectionFiledAt;

  @Column(name = "objection_decision")
  private String objectionDecision;

  @Column(name = "objection_notes")
  private String objectionNotes;

  @Column(name = "objection_decided_by")
  private String objectionDecidedBy;

  @Column(name = "objection_explanation")
  private String objectionExplanation;

  @Column(name = "objection_explained_by")
  private String objectionExplainedBy;

  @Column(name = "objection_explained_at")
  private Instant objectionExplainedAt;

  @Column(name = "objection_escalated_at")
  private Instant objectionEscalatedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "verification_code")
  private String verificationCode;

  /** Credit-point multiplier (percent) for a functional position, recorded with the final result. */
  @Column(name = "credit_multiplier")
  private Integer creditMultiplier;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL)
  @OrderBy("round")
  private List<EvaluationRound> rounds = new ArrayList<>();

  protected Evaluation() {
  }

  Evaluation(Long skpId, Long cycleId, String periodCode, LocalDate periodFrom, LocalDate periodTo,
      Instant createdAt) {
    this.skpId = skpId;
    this.cycleId = cycleId;
    this.periodCode = periodCode;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.createdAt = createdAt;
  }

  void selfEvaluated(String assessment) {
    this.selfAssessment = assessment;
    this.status = EvaluationStatus.SUPERVISOR_ASSESSMENT;
  }

  /** Keeps the weighted capaian rounded once, half-up to 2 decimals, from the exact value (domain.md). */
  void scored(BigDecimal weightedCapaian, Rating suggestedRating) {
    this.weightedCapaian = Achievement.report(weightedCapaian);
    this.suggestedRating = suggestedRating;
  }

  void scored(BigDecimal weightedCapaian, Rating suggestedRating, boolean utamaWithoutRealisation, String detail,
      Instant at) {
    scored(weightedCapaian, suggestedRating);
    this.utamaWithoutRealisation = utamaWithoutRealisation;
    this.capaianDetail = detail;
    this.scoredAt = at;
  }

  public Instant getScoredAt() {
    return scoredAt;
  }

  String getCapaianDetail() {
    return capaianDetail;
  }

  /** An UTAMA indicator had no realisation when scored: no suggestion, the supervisor rates with a reason. */
  public boolean isUtamaWithoutRealisation() {
    return utamaWithoutRealisation;
  }

  void assessed(Rating results, String overrideReason, String behaviourRatings, Rating behaviour, Predikat predikat,
      String notes, String by) {
    this.resultsRating = results;
    this.overrideReason = overrideReason;
    this.behaviourRatings = behaviourRatings;
    this.behaviourRating = behaviour;
    this.predikat = predikat;
    this.supervisorNotes = notes;
    this.assessedBy = by;
    this.status = EvaluationStatus.FINAL_APPROVAL;
  }

  void finalDecision(String decision, String notes, String by, Instant at) {
    rounds.add(new EvaluationRound(this, rounds.size() + 1, decision, notes, by, at));
    if ("APPROVE".equals(decision)) {
      this.approvedBy = by;
    } else {
      this.status = EvaluationStatus.SUPERVISOR_ASSESSMENT;
    }
  }

  void published(Instant at, LocalDate objectionDeadline, String verificationCode) {
    this.verificationCode = verificationCode;
    this.publishedAt = at;
    this.objectionDeadline = objectionDeadline;
    this.status = EvaluationStatus.PUBLISHED;
  }

  void objected(String reasons, Instant at) {
    this.objectionReasons = reasons;
    this.objectionFiledAt = at;
    this.status = EvaluationStatus.OBJECTION;
  }

  /** The supervisor who rated explains the rating before the objection is decided. */
  void objectionExplained(String explanation, String by, Instant at) {
    this.objectionExplanation = explanation;
    this.objectionExplainedBy = by;
    this.objectionExplainedAt = at;
  }

  /** The senior did not decide in time: HR decides. */
  void objectionEscalated(Instant at) {
    this.objectionEscalatedAt = at;
  }

  public String getObjectionExplanation() {
    return objectionExplanation;
  }

  public String getObjectionExplainedBy() {
    return objectionExplainedBy;
  }

  public Instant getObjectionEscalatedAt() {
    return objectionEscalatedAt;
  }

  public String getObjectionDecidedBy() {
    return objectionDecidedBy;
  }

  void objectionDecided(String decision, Rating results, Rating behaviour, Predikat predikat, String notes,
      String by) {
    this.objectionDecision = decision;
    this.objectionNotes = notes;
    this.objectionDecidedBy = by;
    if ("UPHELD".equals(decision)) {
      this.resultsRating = results;
      this.behaviourRating = behaviour;
      this.predikat = predikat;
    }
    this.status = EvaluationStatus.FINAL;
  }

  /** HR's calibration: the ratings change, the predikat is the one the matrix gives for them. */
  void calibrated(Rating results, Rating behaviour, Predikat predikat) {
    this.resultsRating = results;
    this.behaviourRating = behaviour;
    this.predikat = predikat;
  }

  void finalised() {
    this.status = EvaluationStatus.FINAL;
  }

  void creditMultiplier(Integer percent) {
    this.creditMultiplier = percent;
  }

  public Integer getCreditMultiplier() {
    return creditMultiplier;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Long getSkpId() {
    return skpId;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public EvaluationStatus getStatus() {
    return status;
  }

  public String getSelfAssessment() {
    return selfAssessment;
  }

  public BigDecimal getWeightedCapaian() {
    return weightedCapaian;
  }

  public Rating getSuggestedRating() {
    return suggestedRating;
  }

  public Rating getResultsRating() {
    return resultsRating;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getBehaviourRatings() {
    return behaviourRatings;
  }

  public Rating getBehaviourRating() {
    return behaviourRating;
  }

  public Predikat getPredikat() {
    return predikat;
  }

  public String getSupervisorNotes() {
    return supervisorNotes;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public LocalDate getObjectionDeadline() {
    return objectionDeadline;
  }

  public String getObjectionReasons() {
    return objectionReasons;
  }

  public String getObjectionDecision() {
    return objectionDecision;
  }

  public String getObjectionNotes() {
    return objectionNotes;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public List<EvaluationRound> getRounds() {
    return rounds;
  }
}
