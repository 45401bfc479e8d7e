package id.kinerja.planning;

/**
 * Names of the {@code skp-planning} process variables, form fields and task ids: ids and small values only. Form
 * fields are Bahasa Indonesia (decision 110); the process key and the variables {@code revision},
 * {@code submitReminder}, {@code reviewReminder} and {@code escalation} keep their English names for now (the
 * key is an API contract; the variables are also set by {@code bench/} — decision 110 says when they change).
 */
public final class SkpVariables {

  public static final String SKP_ID = "skpId";
  public static final String EMPLOYEE = "employee";
  public static final String REVISION = "revision";
  public static final String SUBMIT_REMINDER = "submitReminder";
  public static final String REVIEW_REMINDER = "reviewReminder";
  public static final String ESCALATION = "escalation";
  /** Set by Kinerja after a valid review: APPROVE or RETURN. The gateway reads it. */
  public static final String DECISION = "keputusan";
  /** Set on "Tinjau SKP" when it returns the SKP: its summary as the supervisor saw it, to show what changed. */
  public static final String RETURNED_SUMMARY = "ringkasanDikembalikan";

  /** Input parameter of the reminders' service tasks: PEGAWAI or PEJABAT_PENILAI, whom to remind. */
  public static final String REMINDER_RECIPIENT = "penerima";

  /** Form fields (task-local variables). */
  public static final String FORM_RHK = "rhk";
  public static final String FORM_RETURN_NOTES = "catatanPengembalian";
  public static final String FORM_SUPERVISOR_RHK_OPTIONS = "pilihanRhkAtasan";
  public static final String FORM_SUMMARY = "ringkasanSkp";
  /** "Tinjau SKP": APPROVE or RETURN, and the notes (required with RETURN). */
  public static final String FORM_DECISION = "keputusanTinjauan";
  public static final String FORM_NOTES = "catatanTinjauan";
  /**
   * The same two fields as named until decision 110: still read when the new name is absent, so a task created
   * before the rename, a form version HR deployed before it, or a REST client of before completes as it did.
   */
  public static final String FORMER_FORM_DECISION = "decision";
  public static final String FORMER_FORM_NOTES = "notes";
  public static final String FORM_FOLLOW_UP = "tindakLanjut";
  /** "Tinjau SKP" after a return: the notes of the earlier rounds, and what changed since. */
  public static final String FORM_EARLIER_NOTES = "catatanSebelumnya";
  public static final String FORM_CHANGES = "perubahan";

  public static final String TASK_DRAFT = "SusunSkp";
  public static final String TASK_REVIEW = "TinjauSkp";
  public static final String TASK_ESCALATION = "TindakLanjutKeterlambatan";

  private SkpVariables() {
  }
}
