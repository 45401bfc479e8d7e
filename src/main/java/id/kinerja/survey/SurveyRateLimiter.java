package id.kinerja.survey;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code kinerja.survey.rate-limit-per-minute} accepted survey posts per client address within any 60
 * seconds (a sliding window; default 10). Kept in memory: with several application instances behind a balancer
 * each counts its own share.
 */
@Component
public class SurveyRateLimiter {

  private static final long WINDOW_MILLIS = 60_000;

  private final Clock clock;
  private final int perMinute;
  private final Map<String, Deque<Long>> accepted = new ConcurrentHashMap<>();

  SurveyRateLimiter(Clock clock, @Value("${kinerja.survey.rate-limit-per-minute:10}") int perMinute) {
    this.clock = clock;
    this.perMinute = perMinute;
  }

  /**
   * Gives back the post last counted for the address: it was refused as invalid, and a citizen who mistyped must
   * not use up their quota (nor can someone fill another's quota with bad posts).
   */
  public void release(String address) {
    Deque<Long> times = accepted.get(address);
    if (times != null) {
      synchronized (times) {
        times.pollLast();
      }
    }
  }

  /** True and counted when the address is under its limit; false (not counted) when it is over. */
  public boolean tryAcquire(String address) {
    long now = clock.millis();
    if (accepted.size() > 100_000) {
      accepted.values().removeIf(times -> {
        synchronized (times) {
          return times.isEmpty() || times.peekLast() <= now - WINDOW_MILLIS;
        }
      });
    }
    Deque<Long> times = accepted.computeIfAbsent(address, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
        times.pollFirst();
      }
      if (times.size() >= perMinute) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }
}
