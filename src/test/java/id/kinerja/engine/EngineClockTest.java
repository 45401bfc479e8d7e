package id.kinerja.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 15, item 7: the application clock is the engine clock, in the configured zone or the one asked for. */
class EngineClockTest {

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void movingTheEngineClockMovesTheDomainClock() {
    Clock clock = new EngineClock().clock("Asia/Jakarta");
    Instant at = Instant.parse("2026-04-01T15:30:00Z");
    ClockUtil.setCurrentTime(Date.from(at));

    assertThat(clock.instant()).isEqualTo(at);
    assertThat(LocalDate.now(clock)).isEqualTo("2026-04-01");
    assertThat(LocalDate.now(clock.withZone(ZoneId.of("Asia/Jayapura")))).isEqualTo("2026-04-02");
    assertThat(clock.withZone(ZoneId.of("Asia/Jayapura")).instant()).isEqualTo(at);
  }
}
