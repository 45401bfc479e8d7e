package id.kinerja.support;

/** Waiting in tests for something asynchronous (never to assert a speed). */
public final class Pause {

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
}
