package id.kinerja.planning;

/** Numeric (kuantitatif) or descriptive (kualitatif) target. */
public enum Approach {
  KUANTITATIF, KUALITATIF
}
