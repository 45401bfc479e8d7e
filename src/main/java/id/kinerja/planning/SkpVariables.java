package id.kinerja.planning;

/**
 * Names of the {@code skp-planning} process variables, form fields and task ids: ids and small values only. Form
 * fields and variables are Bahasa Indonesia (decision 110); the process key is an API contract and stays.
 */
public final class SkpVariables {

  public static final String SKP_ID = "skpId";
  public static final String EMPLOYEE = "employee";
  public static final String REVISION = "revisi";
  public static final String SUBMIT_REMINDER = "pengingatPenyusunan";
  public static final String REVIEW_REMINDER = "pengingatPeninjauan";
  public static final String ESCALATION = "batasEskalasi";
  /**
   * The four variables above as named until decision 118, former name → new name. Instances started before the
   * rename keep their version's model, which reads the former names; an instance HR migrates to a newer version
   * gets the new names copied from the former ones (read by {@code admin.ProcessMigrations} from the contract).
   */
  public static final java.util.Map<String, String> FORMER_VARIABLES = java.util.Map.of("revision", REVISION,
      "submitReminder", SUBMIT_REMINDER, "reviewReminder", REVIEW_REMINDER, "escalation", ESCALATION);
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
