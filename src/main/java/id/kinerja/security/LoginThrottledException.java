package id.kinerja.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password: too many recent failures for this user from this address. */
class LoginThrottledException extends AuthenticationException {

  private final transient Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super("too many failed logins");
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds for {@code Retry-After}, at least one. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
