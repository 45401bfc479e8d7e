package id.kinerja.evaluation;

/** Rating hasil kerja and rating perilaku kerja (PermenPANRB 6/2022). */
public enum Rating {
  DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI
}
