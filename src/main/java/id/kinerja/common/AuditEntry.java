package id.kinerja.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision a person took. Append-only: entries are never updated or deleted by the application. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
  @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", updatable = false)
  private String subjectId;

  @Column(updatable = false, length = 4000)
  private String details;

  protected AuditEntry() {
  }

  AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String details) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.details = details;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetails() {
    return details;
  }
}
