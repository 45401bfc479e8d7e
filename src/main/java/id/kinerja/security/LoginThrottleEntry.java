package id.kinerja.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The recent failed logins of one user from one client address. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_throttle_seq")
  @SequenceGenerator(name = "login_throttle_seq", sequenceName = "login_throttle_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "client_address", nullable = false, updatable = false)
  private String clientAddress;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected LoginThrottleEntry() {
  }

  LoginThrottleEntry(String username, String clientAddress) {
    this.username = username;
    this.clientAddress = clientAddress;
  }

  /** One more failure at {@code now}; an old series (older than {@code forgetAfter}) starts again from one. */
  void failed(Instant now, LoginBackoff backoff) {
    if (lastFailureAt != null && lastFailureAt.plus(backoff.forgetAfter()).isBefore(now)) {
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    Duration refusal = backoff.refusalAfter(failures);
    blockedUntil = refusal.isZero() ? null : now.plus(refusal);
  }

  boolean refusedAt(Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now);
  }

  String getUsername() {
    return username;
  }

  String getClientAddress() {
    return clientAddress;
  }

  int getFailures() {
    return failures;
  }

  Instant getLastFailureAt() {
    return lastFailureAt;
  }

  Instant getBlockedUntil() {
    return blockedUntil;
  }
}
