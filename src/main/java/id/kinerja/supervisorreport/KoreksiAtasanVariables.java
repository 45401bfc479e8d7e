package id.kinerja.supervisorreport;

/**
 * Names of the {@code koreksi-atasan} process variables, task and element ids: ids and small values only. The
 * reporter is {@code pelapor}, not {@code employee}: the supervisor the report is about gets no reading grant on it
 * ({@code organization.ProcessInstanceAccess} grants the supervisors of {@code employee}).
 */
public final class KoreksiAtasanVariables {

  public static final String PROCESS_KEY = "koreksi-atasan";

  /** The reporter's username and NIP, their message (≤ {@link SupervisorReports#MESSAGE_MAX} characters). */
  public static final String REPORTER = "pelapor";
  public static final String NIP = "nip";
  public static final String MESSAGE = "pesan";
  /** Set on completing "Putuskan koreksi atasan": KOREKSI or TOLAK; the gateway reads it. */
  public static final String DECISION = "keputusan";
  /** Set with the decision: who decided, the reason given (correction reason or why it is rejected). */
  public static final String DECIDED_BY = "pemutus";
  public static final String REASON = "alasanKeputusan";
  /** Set with a KOREKSI decision: the supervisor and (optional) senior named, the last valid day. */
  public static final String SUPERVISOR_NIP = "atasanNipBaru";
  public static final String SENIOR_NIP = "atasanPenilaiNipBaru";
  public static final String VALID_UNTIL = "berlakuSampai";

  public static final String DECISION_CORRECT = "KOREKSI";
  public static final String DECISION_REJECT = "TOLAK";

  /** Form fields of "Putuskan koreksi atasan" (task-local on create: the report and today's line, read-only). */
  public static final String FORM_DECISION = "keputusan";
  public static final String FORM_SUPERVISOR_NIP = "atasanNip";
  public static final String FORM_SENIOR_NIP = "atasanPenilaiNip";
  public static final String FORM_VALID_UNTIL = "berlakuSampai";
  public static final String FORM_REASON = "alasan";
  public static final String FORM_REPORT = "laporanPegawai";
  public static final String FORM_CURRENT_LINE = "atasanSaatIni";

  public static final String TASK_DECIDE = "PutuskanKoreksiAtasan";
  public static final String STEP_APPLY = "TerapkanKoreksiAtasan";
  public static final String STEP_NOTIFY_CORRECTED = "BeritahuKoreksi";
  public static final String STEP_NOTIFY_REJECTED = "BeritahuPenolakan";
  public static final String END_CORRECTED = "End_AtasanDikoreksi";
  public static final String END_REJECTED = "End_LaporanDitolak";

  private KoreksiAtasanVariables() {
  }
}
