package id.kinerja.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An employee whose process an opening could not start, with the reason; removed once a retry starts it. */
@Entity
@Table(name = "opening_failure")
class OpeningFailure {

  static final int MESSAGE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_failure_seq")
  @SequenceGenerator(name = "opening_failure_seq", sequenceName = "opening_failure_seq", allocationSize = 50)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private long cycleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OpeningKind kind;

  @Column(name = "period_code", nullable = false)
  private String periodCode;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "employee_nip")
  private String employeeNip;

  @Column(name = "employee_name")
  private String employeeName;

  @Column(nullable = false)
  private String message;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "failed_at", nullable = false)
  private Instant failedAt;

  protected OpeningFailure() {
  }

  OpeningFailure(long cycleId, OpeningKind kind, String periodCode, long subjectId, String employeeNip,
      String employeeName) {
    this.cycleId = cycleId;
    this.kind = kind;
    this.periodCode = periodCode;
    this.subjectId = subjectId;
    this.employeeNip = employeeNip;
    this.employeeName = employeeName;
  }

  void failedAgain(String message, Instant at) {
    this.message = message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message;
    this.attempts++;
    this.failedAt = at;
  }

  OpeningFailureView view() {
    return new OpeningFailureView(kind, periodCode.isEmpty() ? null : periodCode, subjectId, employeeNip,
        employeeName, message, attempts, failedAt);
  }

  long getCycleId() {
    return cycleId;
  }

  OpeningKind getKind() {
    return kind;
  }
}
