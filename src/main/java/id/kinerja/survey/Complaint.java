package id.kinerja.survey;

import id.kinerja.organization.OrgUnit;
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

/** A suggestion or complaint left with a survey response, and the unit's answer to it. */
@Entity
@Table(name = "complaint")
public class Complaint {

  enum Status { OPEN, ANSWERED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @Column(name = "response_id", nullable = false)
  private Long responseId;

  @Column(nullable = false)
  private String text;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "respond_by", nullable = false)
  private Instant respondBy;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected Complaint() {
  }

  Complaint(OrgUnit unit, Long responseId, String text, Instant receivedAt, Instant respondBy) {
    this.unit = unit;
    this.responseId = responseId;
    this.text = text;
    this.receivedAt = receivedAt;
    this.respondBy = respondBy;
  }

  void answer(String answer, String by, Instant at) {
    this.answer = answer;
    this.answeredBy = by;
    this.answeredAt = at;
    this.status = Status.ANSWERED;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public String getText() {
    return text;
  }

  public Status getStatus() {
    return status;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
