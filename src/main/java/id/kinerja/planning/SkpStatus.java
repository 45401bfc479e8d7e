package id.kinerja.planning;

/** Status of an SKP; an AGREED SKP is frozen. */
public enum SkpStatus {
  DRAFT, SUBMITTED, RETURNED, AGREED
}
