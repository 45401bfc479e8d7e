package id.kinerja.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to a user, kept in the outbox; {@code sentAt} stays empty until a mail sender delivers it. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  private String email;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  protected Notification() {
  }

  Notification(String recipient, String email, String subject, String body, String link, Instant createdAt) {
    this.recipient = recipient;
    this.email = email;
    this.subject = subject;
    this.body = body;
    this.link = link;
    this.createdAt = createdAt;
  }

  void sent(Instant at) {
    this.sentAt = at;
    this.attempts++;
    this.lastError = null;
    this.nextAttemptAt = null;
  }

  /** A failed attempt: try again after a back-off that doubles each time (1, 2, 4 … minutes, at most a day). */
  void failed(String error, Instant at) {
    this.attempts++;
    this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
    this.nextAttemptAt = at.plusSeconds(Math.min(86_400L, 60L << Math.min(attempts - 1, 20)));
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getEmail() {
    return email;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
