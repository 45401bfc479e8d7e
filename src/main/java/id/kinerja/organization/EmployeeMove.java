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

/**
 * One move of an employee (mutasi, promosi, pensiun…) with its effective date; once applied it also keeps where the
 * employee came from, so the rows of an employee are their history.
 */
@Entity
@Table(name = "employee_move")
class EmployeeMove {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_move_seq")
  @SequenceGenerator(name = "employee_move_seq", sequenceName = "employee_move_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private MoveKind kind;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "to_unit_id")
  private OrgUnit toUnit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "to_position_id")
  private Position toPosition;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MoveState state = MoveState.PENDING;

  @Column(name = "from_unit_code", length = 64)
  private String fromUnitCode;

  @Column(name = "from_position_code", length = 64)
  private String fromPositionCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 40)
  private EmployeeStatus fromStatus;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "cancelled_by", length = 64)
  private String cancelledBy;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "tasks_moved")
  private Integer tasksMoved;

  protected EmployeeMove() {
  }

  EmployeeMove(Employee employee, MoveKind kind, LocalDate effectiveDate, OrgUnit toUnit, Position toPosition,
      String reason, String createdBy, Instant createdAt) {
    this.employee = employee;
    this.kind = kind;
    this.effectiveDate = effectiveDate;
    this.toUnit = toUnit;
    this.toPosition = toPosition;
    this.reason = reason;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Records where the employee was, and that the move is done. */
  void applied(String fromUnitCode, String fromPositionCode, EmployeeStatus fromStatus, int tasksMoved, Instant at) {
    this.fromUnitCode = fromUnitCode;
    this.fromPositionCode = fromPositionCode;
    this.fromStatus = fromStatus;
    this.tasksMoved = tasksMoved;
    this.state = MoveState.APPLIED;
    this.appliedAt = at;
  }

  void cancel(String actor, Instant at) {
    this.state = MoveState.CANCELLED;
    this.cancelledBy = actor;
    this.cancelledAt = at;
  }

  Long getId() {
    return id;
  }

  Employee getEmployee() {
    return employee;
  }

  MoveKind getKind() {
    return kind;
  }

  LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  OrgUnit getToUnit() {
    return toUnit;
  }

  Position getToPosition() {
    return toPosition;
  }

  String getReason() {
    return reason;
  }

  MoveState getState() {
    return state;
  }

  String getFromUnitCode() {
    return fromUnitCode;
  }

  String getFromPositionCode() {
    return fromPositionCode;
  }

  EmployeeStatus getFromStatus() {
    return fromStatus;
  }

  String getCreatedBy() {
    return createdBy;
  }

  Instant getAppliedAt() {
    return appliedAt;
  }

  Integer getTasksMoved() {
    return tasksMoved;
  }
}
