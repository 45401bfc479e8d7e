package id.kinerja.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One round of review: submitted by the employee, decided by the reviewer. Every round is kept. */
@Entity
@Table(name = "skp_review")
public class SkpReview {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skp_review_seq")
  @SequenceGenerator(name = "skp_review_seq", sequenceName = "skp_review_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "skp_id", nullable = false)
  private Skp skp;

  @Column(nullable = false)
  private int round;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "submitted_by", nullable = false)
  private String submittedBy;

  private String reviewer;

  @Enumerated(EnumType.STRING)
  private ReviewDecision decision;

  private String notes;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected SkpReview() {
  }

  SkpReview(Skp skp, int round, Instant submittedAt, String submittedBy) {
    this.skp = skp;
    this.round = round;
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
  }

  void decide(String reviewer, ReviewDecision decision, String notes, Instant decidedAt) {
    this.reviewer = reviewer;
    this.decision = decision;
    this.notes = notes;
    this.decidedAt = decidedAt;
  }

  boolean isOpen() {
    return decision == null;
  }

  public int getRound() {
    return round;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getReviewer() {
    return reviewer;
  }

  public ReviewDecision getDecision() {
    return decision;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
