package id.kinerja.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dialog kinerja (check-in) of an SKP's period: the supervisor's feedback and agreed actions, acknowledged. */
@Entity
@Table(name = "check_in")
public class CheckIn {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_seq")
  @SequenceGenerator(name = "check_in_seq", sequenceName = "check_in_seq", allocationSize = 50)
  private Long id;

  @Column(name = "skp_id", nullable = false)
  private Long skpId;

  @Column(name = "period_code", nullable = false)
  private String periodCode;

  @Column(name = "scheduled_on", nullable = false)
  private LocalDate scheduledOn;

  private String supervisor;

  private String feedback;

  @Column(name = "agreed_actions")
  private String agreedActions;

  @Column(name = "held_at")
  private Instant heldAt;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  protected CheckIn() {
  }

  CheckIn(Long skpId, String periodCode, LocalDate scheduledOn) {
    this.skpId = skpId;
    this.periodCode = periodCode;
    this.scheduledOn = scheduledOn;
  }

  void hold(String supervisor, String feedback, String agreedActions, Instant at) {
    this.supervisor = supervisor;
    this.feedback = feedback;
    this.agreedActions = agreedActions;
    this.heldAt = at;
  }

  void acknowledge(String by, Instant at) {
    this.acknowledgedBy = by;
    this.acknowledgedAt = at;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public LocalDate getScheduledOn() {
    return scheduledOn;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public String getFeedback() {
    return feedback;
  }

  public String getAgreedActions() {
    return agreedActions;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }
}
