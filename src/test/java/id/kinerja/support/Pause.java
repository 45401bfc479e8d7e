package id.kinerja.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting in tests for something asynchronous (never to assert a speed). */
public final class Pause {

  /** How long the integration tests wait for background work (cycle opening, asynchronous starts). */
  public static final Duration BACKGROUND_WORK = Duration.ofSeconds(30);

  private Pause() {
  }

  public static void millis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  /**
   * Asks {@code probe} every 100 ms until {@code done} accepts its answer, and returns that answer; fails with
   * {@code what} and the last answer once {@code timeout} has passed.
   */
  public static <T> T until(Supplier<T> probe, Predicate<T> done, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T answer = probe.get();
    while (!done.test(answer)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " (last seen: " + answer + ")");
      }
      millis(100);
      answer = probe.get();
    }
    return answer;
  }

  /**
   * Asks {@code probe} every 100 ms for {@code during} and fails with {@code what} and the answer as soon as
   * {@code ok} rejects one: the bounded check that something which must not happen (a second task, a second
   * start) does not happen while the background work that could cause it runs.
   */
  public static <T> void holds(Supplier<T> probe, Predicate<T> ok, Duration during, String what) {
    long end = System.nanoTime() + during.toNanos();
    do {
      T answer = probe.get();
      if (!ok.test(answer)) {
        throw new AssertionError(what + " (seen: " + answer + ")");
      }
      millis(100);
    } while (System.nanoTime() < end);
  }
}
