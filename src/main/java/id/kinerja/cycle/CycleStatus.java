package id.kinerja.cycle;

/** OPENING while its planning instances are being started, then OPEN; CLOSED when the year is done. */
public enum CycleStatus {
  OPENING, OPEN, CLOSED
}
