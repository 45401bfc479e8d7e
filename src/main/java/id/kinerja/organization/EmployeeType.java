package id.kinerja.organization;

/** Jenis pegawai: Pegawai Negeri Sipil or Pegawai Pemerintah dengan Perjanjian Kerja. */
public enum EmployeeType {
  PNS, PPPK
}
