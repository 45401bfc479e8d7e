package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SurveyRateLimiterTest {

  private static final Instant T0 = Instant.parse("2026-11-23T08:00:05Z");

  @Test
  void theEleventhPostOfAMinuteFromOneAddressIsRefusedByDefault() {
    SurveyRateLimiter limiter = new SurveyRateLimiter(Clock.fixed(T0, ZoneOffset.UTC), 10);

    for (int i = 0; i < 10; i++) {
      assertThat(limiter.tryAcquire("203.0.113.7")).as("post " + (i + 1)).isTrue();
    }
    assertThat(limiter.tryAcquire("203.0.113.7")).isFalse();
    assertThat(limiter.tryAcquire("198.51.100.1")).isTrue();
  }

  @Test
  void theWindowSlides() {
    MutableClock clock = new MutableClock(T0);
    SurveyRateLimiter limiter = new SurveyRateLimiter(clock, 2);
    limiter.tryAcquire("a");
    clock.now = T0.plusSeconds(30);
    limiter.tryAcquire("a");
    clock.now = T0.plusSeconds(59);
    assertThat(limiter.tryAcquire("a")).isFalse();

    clock.now = T0.plusSeconds(60);
    assertThat(limiter.tryAcquire("a")).as("the first post is a minute old").isTrue();
    assertThat(limiter.tryAcquire("a")).isFalse();
  }

  @Test
  void theLimitFollowsTheProperty() {
    SurveyRateLimiter limiter = new SurveyRateLimiter(Clock.fixed(T0, ZoneOffset.UTC), 30);

    for (int i = 0; i < 30; i++) {
      assertThat(limiter.tryAcquire("a")).isTrue();
    }
    assertThat(limiter.tryAcquire("a")).isFalse();
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
