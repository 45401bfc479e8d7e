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
}
