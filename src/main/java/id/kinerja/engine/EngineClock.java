package id.kinerja.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of Kinerja: the domain's "now" is the engine's now ({@link ClockUtil}, which is the system time
 * unless a test moves it), so timers and domain dates never disagree. Its zone is the default
 * ({@code kinerja.time-zone}); a Pemda's own zone comes from {@link id.kinerja.organization.PemdaClocks}.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

  @Bean
  Clock clock(@Value("${kinerja.time-zone}") String zone) {
    return new Following(ZoneId.of(zone));
  }

  /** The engine's current time in a zone. */
  static final class Following extends Clock {

    private final ZoneId zone;

    Following(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return other.equals(zone) ? this : new Following(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public long millis() {
      return ClockUtil.getCurrentTime().getTime();
    }
  }
}
