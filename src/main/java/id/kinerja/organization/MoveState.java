package id.kinerja.organization;

/** A move waits for its effective date (PENDING), has been applied, or was cancelled by HR before it applied. */
public enum MoveState {
  PENDING,
  APPLIED,
  CANCELLED
}
