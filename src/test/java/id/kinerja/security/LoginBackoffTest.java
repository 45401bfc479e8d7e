package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {

  private final LoginBackoff backoff = new LoginBackoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
      Duration.ofHours(24));

  @Test
  void freeFailuresCostNothingThenTheRefusalDoublesUpToTheCap() {
    assertThat(backoff.refusalAfter(1)).isZero();
    assertThat(backoff.refusalAfter(4)).isZero();
    assertThat(backoff.refusalAfter(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.refusalAfter(6)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.refusalAfter(9)).isEqualTo(Duration.ofMinutes(8));
    assertThat(backoff.refusalAfter(10)).isEqualTo(Duration.ofMinutes(15));
    assertThat(backoff.refusalAfter(Integer.MAX_VALUE)).as("never longer, never for good")
        .isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aSeriesIsRefusedOnlyUntilItsTimeAndForgottenAfterADay() {
    Instant start = Instant.parse("2026-03-01T08:00:00Z");
    LoginThrottleEntry entry = new LoginThrottleEntry("budi", "10.0.0.9");
    for (int i = 0; i < 5; i++) {
      entry.failed(start, backoff);
    }
    assertThat(entry.refusedAt(start.plusSeconds(29))).isTrue();
    assertThat(entry.refusedAt(start.plusSeconds(30))).isFalse();

    entry.failed(start.plus(Duration.ofHours(25)), backoff);
    assertThat(entry.getFailures()).isEqualTo(1);
    assertThat(entry.getBlockedUntil()).isNull();
  }
}
