package id.kinerja.planning;

/** Aspek of an indicator. */
public enum Aspect {
  KUANTITAS, KUALITAS, WAKTU, BIAYA
}
