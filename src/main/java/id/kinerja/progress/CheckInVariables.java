package id.kinerja.progress;

/**
 * Names of the {@code dialog-kinerja} process variables, form fields and task ids: ids and small values only,
 * Bahasa Indonesia except the record ids and {@code employee} (decision 110).
 */
public final class CheckInVariables {

  public static final String PROCESS_KEY = "dialog-kinerja";
  /** Business key {@code dialog-{skpId}}. */
  public static final String BUSINESS_KEY_PREFIX = "dialog-";

  /** Set when the process starts ({@code progress.process.CheckInStarter}, on {@code SkpAgreed}). */
  public static final String SKP_ID = "skpId";
  public static final String CYCLE_ID = "cycleId";
  public static final String YEAR = "tahun";
  /** The employee's username; the same name in every process ({@code organization.ProcessInstanceAccess}). */
  public static final String EMPLOYEE = "employee";
  /** Duration a dialog may stay open before the senior is asked (timer of the boundary event). */
  public static final String DIALOG_DEADLINE = "batasDialog";

  /** Set by "Tentukan jadwal dialog berikutnya" ({@code ${nextCheckIn}}). */
  public static final String SCHEDULED = "adaJadwal";
  public static final String PERIOD = "periode";
  public static final String DIALOG_DATE = "tanggalDialog";
  /** Timer date of the next check-in. */
  public static final String DIALOG_TIME = "waktuDialog";

  /** Form fields (task-local or submitted with the task). */
  public static final String FORM_SUMMARY = "ringkasan";
  public static final String FORM_FEEDBACK = "umpanBalik";
  public static final String FORM_AGREED_ACTIONS = "tindakLanjutDisepakati";
  public static final String FORM_FOLLOW_UP = "tindakLanjut";

  public static final String TASK_DIALOG = "DialogKinerja";
  public static final String TASK_ACKNOWLEDGE = "KonfirmasiDialog";
  public static final String TASK_MISSED = "TindakLanjutDialogTerlewat";

  private CheckInVariables() {
  }
}
