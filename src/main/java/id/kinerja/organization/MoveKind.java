package id.kinerja.organization;

/**
 * Kinds of move (domain.md, *Moves*): what the employee's status becomes and whether the move names the new unit and
 * position. MUTASI, PROMOSI, DEMOSI and AKTIF_KEMBALI place the employee (active) in a position; the others end or
 * pause the employee's work in Kinerja and keep the position empty.
 */
public enum MoveKind {
  MUTASI(EmployeeStatus.AKTIF),
  PROMOSI(EmployeeStatus.AKTIF),
  DEMOSI(EmployeeStatus.AKTIF),
  AKTIF_KEMBALI(EmployeeStatus.AKTIF),
  PENSIUN(EmployeeStatus.PENSIUN),
  BERHENTI(EmployeeStatus.BERHENTI),
  MENINGGAL(EmployeeStatus.MENINGGAL),
  CUTI_DILUAR_TANGGUNGAN_NEGARA(EmployeeStatus.CUTI_DILUAR_TANGGUNGAN_NEGARA),
  TUGAS_BELAJAR(EmployeeStatus.TUGAS_BELAJAR);

  private final EmployeeStatus status;

  MoveKind(EmployeeStatus status) {
    this.status = status;
  }

  /** The status the employee has once the move applies. */
  public EmployeeStatus status() {
    return status;
  }

  /** Whether the move names the unit and position the employee holds afterwards. */
  public boolean places() {
    return status.active();
  }
}
