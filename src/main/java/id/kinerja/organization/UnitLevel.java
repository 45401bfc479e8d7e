package id.kinerja.organization;

/** Levels of the organisation tree: pemda → OPD → bidang → seksi (UPT and similar units count as SEKSI). */
public enum UnitLevel {
  PEMDA, OPD, BIDANG, SEKSI
}
