package id.kinerja.planning;

/** Jenis RHK: utama (main) or tambahan (additional). */
public enum RhkType {
  UTAMA, TAMBAHAN
}
