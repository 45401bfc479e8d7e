package id.kinerja.reward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One proposed reward for an evaluation, and HR's decision on it. */
@Entity
@Table(name = "reward")
public class Reward {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_seq")
  @SequenceGenerator(name = "reward_seq", sequenceName = "reward_seq", allocationSize = 50)
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private Long evaluationId;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @Column(name = "reward_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(name = "reward_type", nullable = false)
  private RewardType type;

  private BigDecimal amount;

  @Column(nullable = false)
  private String reason;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RewardStatus status = RewardStatus.PROPOSED;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "verification_code")
  private String verificationCode;

  protected Reward() {
  }

  Reward(Long evaluationId, Long organisationId, int year, RewardType type, BigDecimal amount, String reason,
      String proposedBy, Instant proposedAt) {
    this.evaluationId = evaluationId;
    this.organisationId = organisationId;
    this.year = year;
    this.type = type;
    this.amount = amount;
    this.reason = reason;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  void decide(RewardStatus status, String note, String by, Instant at, String verificationCode) {
    this.status = status;
    this.decisionNote = note;
    this.decidedBy = by;
    this.decidedAt = at;
    this.verificationCode = verificationCode;
  }

  public Long getId() {
    return id;
  }

  public Long getEvaluationId() {
    return evaluationId;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public int getYear() {
    return year;
  }

  public RewardType getType() {
    return type;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public RewardStatus getStatus() {
    return status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public String getVerificationCode() {
    return verificationCode;
  }
}
