package id.kinerja.organization;

/** Jenis jabatan. */
public enum PositionType {
  /** Jabatan Pimpinan Tinggi. */
  JPT,
  ADMINISTRATOR,
  PENGAWAS,
  PELAKSANA,
  FUNGSIONAL
}
