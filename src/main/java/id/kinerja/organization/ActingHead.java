package id.kinerja.organization;

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
import java.time.LocalDate;

/** An acting appointment to a unit's head post, valid from/to (both inclusive); ending it early moves {@code to}. */
@Entity
@jakarta.persistence.EntityListeners(OrganizationWrites.class)
@Table(name = "acting_head")
class ActingHead {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acting_head_seq")
  @SequenceGenerator(name = "acting_head_seq", sequenceName = "acting_head_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 3)
  private ActingKind kind;

  @Column(name = "valid_from", nullable = false)
  private LocalDate from;

  @Column(name = "valid_to", nullable = false)
  private LocalDate to;

  @Column(nullable = false, length = 200)
  private String decree;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected ActingHead() {
  }

  ActingHead(OrgUnit unit, Employee employee, ActingKind kind, LocalDate from, LocalDate to, String decree,
      String createdBy, Instant createdAt) {
    this.unit = unit;
    this.employee = employee;
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.decree = decree;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  boolean validOn(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** Ended early: valid until yesterday (an appointment not begun yet ends before it starts). */
  void end(LocalDate today, String actor, Instant at) {
    LocalDate last = today.minusDays(1);
    this.to = last.isBefore(from) ? from.minusDays(1) : last;
    if (to.isBefore(from)) {
      this.from = to;
    }
    this.endedBy = actor;
    this.endedAt = at;
  }

  Long getId() {
    return id;
  }

  OrgUnit getUnit() {
    return unit;
  }

  Employee getEmployee() {
    return employee;
  }

  ActingKind getKind() {
    return kind;
  }

  LocalDate getFrom() {
    return from;
  }

  LocalDate getTo() {
    return to;
  }

  String getDecree() {
    return decree;
  }

  Instant getEndedAt() {
    return endedAt;
  }
}
