package id.kinerja.cycle;

/**
 * OPENING while its planning instances are being started, then OPEN; CLOSED when the year is done.
 * OPEN_WITH_ERRORS is shown, never stored: the cycle is OPEN and some employees' processes could not be started
 * (its {@code failures}; HR retries them).
 */
public enum CycleStatus {
  OPENING, OPEN, OPEN_WITH_ERRORS, CLOSED
}
