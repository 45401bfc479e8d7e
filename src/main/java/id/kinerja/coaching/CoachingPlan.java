package id.kinerja.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A coaching plan (rencana pembinaan) for one employee's SKP. */
@Entity
@Table(name = "coaching_plan")
public class CoachingPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_plan_seq")
  @SequenceGenerator(name = "coaching_plan_seq", sequenceName = "coaching_plan_seq", allocationSize = 50)
  private Long id;

  @Column(name = "skp_id", nullable = false)
  private Long skpId;

  @Column(name = "evaluation_id")
  private Long evaluationId;

  private String goals;

  private String actions;

  private String schedule;

  @Column(nullable = false)
  private String status = "OPEN";

  @Column(nullable = false)
  private int rounds;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "follow_up")
  private String followUp;

  @Column(name = "follow_up_reason")
  private String followUpReason;

  @Column(name = "decided_by")
  private String decidedBy;

  protected CoachingPlan() {
  }

  CoachingPlan(Long skpId, Long evaluationId, String startedBy, Instant startedAt) {
    this.skpId = skpId;
    this.evaluationId = evaluationId;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  void draft(String goals, String actions, String schedule) {
    this.goals = goals;
    this.actions = actions;
    this.schedule = schedule;
  }

  int nextRound() {
    return ++rounds;
  }

  void improved() {
    this.status = "IMPROVED";
  }

  void escalated(String followUp, String reason, String by) {
    this.status = "ESCALATED";
    this.followUp = followUp;
    this.followUpReason = reason;
    this.decidedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Long getSkpId() {
    return skpId;
  }

  public String getGoals() {
    return goals;
  }

  public String getActions() {
    return actions;
  }

  public String getSchedule() {
    return schedule;
  }

  public String getStatus() {
    return status;
  }

  public int getRounds() {
    return rounds;
  }

  public String getFollowUp() {
    return followUp;
  }

  public String getFollowUpReason() {
    return followUpReason;
  }

  public Instant getStartedAt() {
    return startedAt;
  }
}
