package id.kinerja.cycle;

import id.kinerja.organization.OrgUnit;
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
import jakarta.persistence.Version;
import java.time.Instant;

/** An appraisal cycle (periode penilaian) of one year for an organisation or unit subtree. */
@Entity
@Table(name = "appraisal_cycle")
public class AppraisalCycle {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_cycle_seq")
  @SequenceGenerator(name = "appraisal_cycle_seq", sequenceName = "appraisal_cycle_seq", allocationSize = 50)
  private Long id;

  @Column(name = "cycle_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Cadence cadence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CycleStatus status;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "submit_reminder_days", nullable = false)
  private int submitReminderDays;

  @Column(name = "review_reminder_days", nullable = false)
  private int reviewReminderDays;

  @Column(name = "escalation_days", nullable = false)
  private int escalationDays;

  @Column(name = "employees_total", nullable = false)
  private int employeesTotal;

  @Column(name = "peer_feedback", nullable = false)
  private boolean peerFeedback;

  @Column(name = "periodic_follow_up", nullable = false)
  private boolean periodicFollowUp;

  @Version
  private long version;

  protected AppraisalCycle() {
  }

  public AppraisalCycle(int year, Cadence cadence, OrgUnit unit, CycleTimers timers, int employeesTotal,
      Instant createdAt, String createdBy) {
    this.year = year;
    this.cadence = cadence;
    this.unit = unit;
    this.submitReminderDays = timers.submitReminderDays();
    this.reviewReminderDays = timers.reviewReminderDays();
    this.escalationDays = timers.escalationDays();
    this.employeesTotal = employeesTotal;
    this.status = CycleStatus.OPENING;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void opened() {
    this.status = CycleStatus.OPEN;
  }

  public CycleTimers getTimers() {
    return new CycleTimers(submitReminderDays, reviewReminderDays, escalationDays);
  }

  /** Whether evaluations of this cycle ask nominated peers for feedback (360). */
  public boolean isPeerFeedback() {
    return peerFeedback;
  }

  void askPeerFeedback(boolean peerFeedback) {
    this.peerFeedback = peerFeedback;
  }

  /**
   * Whether objection, reward and coaching are offered after this cycle's periodic evaluations too (Kinerja's
   * default: no, only after the annual one; domain.md, Follow-up).
   */
  public boolean isPeriodicFollowUp() {
    return periodicFollowUp;
  }

  void offerPeriodicFollowUp(boolean periodicFollowUp) {
    this.periodicFollowUp = periodicFollowUp;
  }

  public int getEmployeesTotal() {
    return employeesTotal;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public Cadence getCadence() {
    return cadence;
  }

  public CycleStatus getStatus() {
    return status;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
