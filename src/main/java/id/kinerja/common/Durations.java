package id.kinerja.common;

/** ISO-8601 durations as BPMN timers read them ({@code P14D}); the one place such text is written. */
public final class Durations {

  private Durations() {
  }

  /** {@code days(14)} → {@code "P14D"}. */
  public static String days(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("negative duration: " + days);
    }
    return "P" + days + "D";
  }
}
