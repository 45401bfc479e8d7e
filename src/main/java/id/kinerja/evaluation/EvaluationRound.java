package id.kinerja.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One final-approval decision of the senior: APPROVE, or RETURN with notes to the supervisor. */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_round_seq")
  @SequenceGenerator(name = "evaluation_round_seq", sequenceName = "evaluation_round_seq", allocationSize = 50)
  private Long id;

  @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY, optional = false)
  @jakarta.persistence.JoinColumn(name = "evaluation_id", nullable = false)
  private Evaluation evaluation;

  @Column(nullable = false)
  private int round;

  @Column(nullable = false)
  private String decision;

  private String notes;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected EvaluationRound() {
  }

  EvaluationRound(Evaluation evaluation, int round, String decision, String notes, String decidedBy,
      Instant decidedAt) {
    this.evaluation = evaluation;
    this.round = round;
    this.decision = decision;
    this.notes = notes;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public int getRound() {
    return round;
  }

  public String getDecision() {
    return decision;
  }

  public String getNotes() {
    return notes;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
