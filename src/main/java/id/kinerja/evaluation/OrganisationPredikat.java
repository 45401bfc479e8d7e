package id.kinerja.evaluation;

/** Predikat kinerja organisasi, set by the HEAD before employees' predikat (SE MenPANRB 3/2023). */
public enum OrganisationPredikat {
  ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG
}
