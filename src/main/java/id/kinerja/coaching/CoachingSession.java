package id.kinerja.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One coaching session, recorded by the supervisor and acknowledged by the employee. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_session_seq")
  @SequenceGenerator(name = "coaching_session_seq", sequenceName = "coaching_session_seq", allocationSize = 50)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false)
  private String notes;

  @Column(name = "held_by", nullable = false)
  private String heldBy;

  @Column(name = "employee_feedback")
  private String employeeFeedback;

  private Integer competency;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  protected CoachingSession() {
  }

  CoachingSession(Long planId, LocalDate heldOn, String notes, String heldBy) {
    this.planId = planId;
    this.heldOn = heldOn;
    this.notes = notes;
    this.heldBy = heldBy;
  }

  void acknowledge(String feedback, int competency, Instant at) {
    this.employeeFeedback = feedback;
    this.competency = competency;
    this.acknowledgedAt = at;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getNotes() {
    return notes;
  }

  public String getEmployeeFeedback() {
    return employeeFeedback;
  }

  public Integer getCompetency() {
    return competency;
  }
}
