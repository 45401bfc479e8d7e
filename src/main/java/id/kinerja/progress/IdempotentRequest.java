package id.kinerja.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored answer to a request sent with an Idempotency-Key, per user and key. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotent_request_seq")
  @SequenceGenerator(name = "idempotent_request_seq", sequenceName = "idempotent_request_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String username;

  @Column(name = "idempotency_key", nullable = false)
  private String key;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Column(name = "response_status", nullable = false)
  private int status;

  @Column(name = "response_body", nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotentRequest() {
  }

  IdempotentRequest(String username, String key, String requestHash, int status, String body, Instant createdAt) {
    this.username = username;
    this.key = key;
    this.requestHash = requestHash;
    this.status = status;
    this.body = body;
    this.createdAt = createdAt;
  }

  String requestHash() {
    return requestHash;
  }

  int status() {
    return status;
  }

  String body() {
    return body;
  }
}
