package id.kinerja.planning;

/** Names of the {@code skp-planning} process variables and task ids: ids and small values only. */
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

  /** Form fields (task-local variables). */
  public static final String FORM_RHK = "rhk";
  public static final String FORM_RETURN_NOTES = "catatanPengembalian";
  public static final String FORM_SUPERVISOR_RHK_OPTIONS = "pilihanRhkAtasan";
  public static final String FORM_SUMMARY = "ringkasanSkp";
  public static final String FORM_DECISION = "decision";
  public static final String FORM_NOTES = "notes";
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
