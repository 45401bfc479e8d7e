package id.kinerja.progress;

/** How an indicator is doing against the pace expected by now (thresholds in {@code kinerja.progress.*}). */
public enum ProgressStatus {
  ON_TRACK, AT_RISK, BEHIND
}
