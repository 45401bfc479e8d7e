package id.kinerja.planning;

/**
 * The seven BerAKHLAK core values: the perilaku kerja part of the SKP (the supervisor may write an ekspektasi
 * khusus pimpinan per value, domain.md SKP) and what behaviour is judged on in the evaluation.
 */
public enum CoreValue {
  BERORIENTASI_PELAYANAN("Berorientasi Pelayanan"),
  AKUNTABEL("Akuntabel"),
  KOMPETEN("Kompeten"),
  HARMONIS("Harmonis"),
  LOYAL("Loyal"),
  ADAPTIF("Adaptif"),
  KOLABORATIF("Kolaboratif");

  private final String label;

  CoreValue(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The form field that carries this value's rating, e.g. {@code perilaku_AKUNTABEL}. */
  public String field() {
    return "perilaku_" + name();
  }
}
