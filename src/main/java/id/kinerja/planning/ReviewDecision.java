package id.kinerja.planning;

/** The supervisor's decision on a submitted SKP. */
public enum ReviewDecision {
  APPROVE, RETURN
}
