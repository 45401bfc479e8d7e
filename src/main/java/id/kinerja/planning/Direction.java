package id.kinerja.planning;

/** Whether a higher or a lower realisation is better (time and cost are usually lower-is-better). */
public enum Direction {
  HIGHER_IS_BETTER, LOWER_IS_BETTER
}
