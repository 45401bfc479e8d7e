package id.kinerja.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins slow down one user from one client address ({@link LoginThrottle}): the first
 * {@code freeFailures - 1} failures cost nothing; from the {@code freeFailures}-th on, the pair is refused for
 * {@code baseDelay}, doubling with every further failure up to {@code maxDelay}. Failures older than
 * {@code forgetAfter} are forgotten. Nothing is ever locked for good.
 */
@ConfigurationProperties("kinerja.login-throttle")
public record LoginBackoff(
    @DefaultValue("5") int freeFailures,
    @DefaultValue("PT30S") Duration baseDelay,
    @DefaultValue("PT15M") Duration maxDelay,
    @DefaultValue("PT24H") Duration forgetAfter) {

  public LoginBackoff {
    if (freeFailures < 1 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || forgetAfter.isNegative()) {
      throw new IllegalArgumentException("kinerja.login-throttle: free-failures >= 1, 0 <= base-delay <= max-delay");
    }
  }

  /** How long a pair is refused after its {@code failures}-th failure in a row. */
  Duration refusalAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 30);
    Duration delay = baseDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
