package id.kinerja.planning;

/** Perspektif of a senior official's (JPT) RHK. */
public enum Perspective {
  PENERIMA_LAYANAN, PROSES_BISNIS, PENGUATAN_INTERNAL, ANGGARAN
}
