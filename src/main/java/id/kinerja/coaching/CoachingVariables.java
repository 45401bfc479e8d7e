package id.kinerja.coaching;

/**
 * Names of the {@code pembinaan-kinerja} process variables, form fields and task ids: ids and small values only,
 * Bahasa Indonesia except the record ids and {@code employee} (decision 110). {@code skpId}, {@code employee},
 * {@code evaluationId} and {@code predikat} are shared with {@code evaluasi-kinerja} (its call activity
 * {@code ProsesPembinaan} passes them in, and this process's {@code EvaluasiUlang} passes them back): renaming one
 * means renaming it in both models.
 */
public final class CoachingVariables {

  public static final String PROCESS_KEY = "pembinaan-kinerja";
  /** Business key of a supervisor's start: {@code pembinaan-skp-{skpId}-{millis}}. */
  public static final String BUSINESS_KEY_PREFIX = "pembinaan-skp-";

  public static final String SKP_ID = "skpId";
  public static final String EMPLOYEE = "employee";
  /** The evaluation that called for coaching (evaluation path only). */
  public static final String EVALUATION_ID = "evaluationId";
  /** The supervisor who started it (supervisor's start only). */
  public static final String STARTED_BY = "dimulaiOleh";

  /** Set by "Siapkan pembinaan" ({@code ${coachingSetup}}). */
  public static final String PLAN_ID = "planId";
  public static final String FOLLOW_UP_PERIOD = "masaPembinaan";
  public static final String MAX_ROUNDS = "maksPutaran";
  public static final String ROUND = "putaran";

  /** Set by "Siapkan evaluasi ulang" ({@code ${coachingReevaluation}}), passed on to {@code evaluasi-kinerja}. */
  public static final String REEVALUATION_ID = "evaluasiUlangId";
  public static final String OBJECTION_DEADLINE = "batasKeberatan";
  public static final String PEER_FEEDBACK_DEADLINE = "batasUmpanBalik";
  /** Out of the re-evaluation ({@code camunda:out}). */
  public static final String PREDIKAT = "predikat";
  /** Set by "Nilai hasil pembinaan" ({@code ${coachingOutcome}}): BAIK or better, coaching closes. */
  public static final String IMPROVED = "membaik";

  /** Form fields. */
  public static final String FORM_GOAL = "tujuan";
  public static final String FORM_ACTIONS = "tindakan";
  public static final String FORM_SCHEDULE = "jadwal";
  public static final String FORM_SESSION_DATE = "tanggalSesi";
  public static final String FORM_SESSION_NOTES = "catatanSesi";
  public static final String FORM_EMPLOYEE_FEEDBACK = "umpanBalikPegawai";
  public static final String FORM_COMPETENCIES = "kompetensi";
  public static final String FORM_FOLLOW_UP = "tindakLanjut";
  public static final String FORM_FOLLOW_UP_REASON = "alasanTindakLanjut";

  public static final String TASK_PLAN = "SusunRencanaPembinaan";
  public static final String TASK_SESSION = "CatatSesiPembinaan";
  public static final String TASK_ACKNOWLEDGE = "KonfirmasiSesiPembinaan";
  public static final String TASK_FOLLOW_UP = "TindakLanjutPembinaan";

  private CoachingVariables() {
  }
}
