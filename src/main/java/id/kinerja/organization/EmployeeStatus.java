package id.kinerja.organization;

/**
 * Status kepegawaian. Only an {@link #AKTIF} employee works in Kinerja: gets tasks, an SKP, counts towards the
 * formasi of their position and leads their unit when they hold its head post. The others keep their data.
 */
public enum EmployeeStatus {
  AKTIF,
  CUTI_DILUAR_TANGGUNGAN_NEGARA,
  TUGAS_BELAJAR,
  DIBERHENTIKAN_SEMENTARA,
  PENSIUN,
  BERHENTI,
  MENINGGAL;

  public boolean active() {
    return this == AKTIF;
  }
}
