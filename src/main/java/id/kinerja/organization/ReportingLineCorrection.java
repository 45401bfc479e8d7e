package id.kinerja.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** HR's correction of one employee's supervisor (and senior), valid until a date; ended early when replaced. */
@Entity
@jakarta.persistence.EntityListeners(OrganizationWrites.class)
@Table(name = "reporting_line_correction")
class ReportingLineCorrection {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_line_correction_seq")
  @SequenceGenerator(name = "reporting_line_correction_seq", sequenceName = "reporting_line_correction_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supervisor_id", nullable = false)
  private Employee supervisor;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "senior_id")
  private Employee senior;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected ReportingLineCorrection() {
  }

  ReportingLineCorrection(Employee employee, Employee supervisor, Employee senior, String reason,
      LocalDate validUntil, String createdBy, Instant createdAt) {
    this.employee = employee;
    this.supervisor = supervisor;
    this.senior = senior;
    this.reason = reason;
    this.validUntil = validUntil;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void end(String actor, Instant at) {
    this.endedBy = actor;
    this.endedAt = at;
  }

  Long getId() {
    return id;
  }

  Employee getEmployee() {
    return employee;
  }

  Employee getSupervisor() {
    return supervisor;
  }

  Employee getSenior() {
    return senior;
  }

  String getReason() {
    return reason;
  }

  LocalDate getValidUntil() {
    return validUntil;
  }
}
