package id.kinerja.evaluation;

/**
 * Names of the {@code evaluasi-kinerja} process variables and task ids: ids and small values only (never an
 * entity). processes/README.md lists them with who sets them.
 */
public final class EvaluationVariables {

  public static final String EVALUATION_ID = "evaluationId";
  public static final String SKP_ID = "skpId";
  public static final String EMPLOYEE = "employee";
  /** The cadence period's code (Q1, M3, S1 … ANNUAL). */
  public static final String PERIOD = "periode";
  /** Whether nominated peers are asked for feedback (the cycle's setting). */
  public static final String PEER_FEEDBACK = "umpanBalikRekan";
  /** ISO-8601 duration the peers have to answer. */
  public static final String PEER_FEEDBACK_TIMER = "batasUmpanBalik";
  /** The objection window as days (kept for instances started before the timeDate). */
  public static final String OBJECTION_TIMER = "batasKeberatan";
  /** Set by "Umumkan hasil": the instant (java.util.Date) the objection window closes. */
  public static final String OBJECTION_CLOSES_AT = "batasKeberatanSampai";
  /**
   * Set by "Umumkan hasil": whether objection, reward and coaching are offered for this result — always for the
   * annual result, for a periodic one only when the cycle says so ({@code periodic_follow_up}). Absent counts as
   * offered (instances published before the setting existed).
   */
  public static final String FOLLOW_UP_OFFERED = "tindakLanjutDitawarkan";
  /** Set by "Umumkan hasil": ISO-8601 duration the senior has to decide an objection before it goes to HR. */
  public static final String OBJECTION_DECISION_TIMER = "batasPutusanKeberatan";
  /** Set when the supervisor has explained: whether the employee has a senior now (else HR decides). */
  public static final String HAS_SENIOR = "adaAtasanPejabatPenilai";
  /** Set on "Persetujuan Akhir": APPROVE or RETURN. */
  public static final String FINAL_DECISION = "keputusanAkhir";
  /** The predikat and what it leads to (REWARD, COACHING, NONE), read by the follow-up gateway. */
  public static final String PREDIKAT = "predikat";
  public static final String FOLLOW_UP = "tindakLanjut";
  /** Set by coaching when it starts a re-evaluation: no new coaching or reward from it. */
  public static final String IN_COACHING = "dalamPembinaan";

  /** Form fields (task-local variables or submitted values). */
  public static final String FORM_SUMMARY = "ringkasan";
  public static final String FORM_OBJECTION_REASONS = "alasanKeberatan";
  public static final String FORM_EXPLANATION = "penjelasan";
  public static final String FORM_SUPERVISOR_EXPLANATION = "penjelasanPejabatPenilai";
  public static final String FORM_EXPECTATIONS = "ekspektasiKhusus";

  public static final String TASK_SELF = "EvaluasiDiri";
  public static final String TASK_ASSESSMENT = "PenilaianKinerja";
  public static final String TASK_APPROVAL = "PersetujuanAkhir";
  public static final String TASK_EXPLANATION = "PenjelasanPejabatPenilai";
  public static final String TASK_OBJECTION = "PutuskanKeberatan";
  public static final String TASK_OBJECTION_HR = "PutuskanKeberatanPengelola";
  public static final String TASK_NOMINATE = "TunjukRekanKerja";
  public static final String TASK_PEER = "UmpanBalikRekanKerja";

  // the peer feedback: the multi-instance's bean and element variable, the forms' fields
  public static final String PEER_FEEDBACK_BEAN = "peerFeedback";
  public static final String PEER = "rekan";
  public static final String FORM_PEERS = "rekanKerja";
  public static final String FORM_PEER_CHOICES = "pilihanRekan";
  public static final String FORM_PEER_COMMENT = "komentar";
  // a BerAKHLAK value's rating field is planning.CoreValue.field() (perilaku_AKUNTABEL, ...)
  // the self-evaluation, the assessment, the final approval and the objection decision
  public static final String FORM_SELF_EVALUATION = "evaluasiDiri";
  public static final String FORM_RETURN_NOTES = "catatanPengembalian";
  public static final String FORM_WORK_RATING = "ratingHasilKerja";
  public static final String FORM_OVERRIDE_REASON = "alasanPerubahan";
  public static final String FORM_BEHAVIOUR_RATING = "ratingPerilakuKerja";
  public static final String FORM_NOTES = "catatan";
  public static final String FORM_DECISION = "keputusan";
  public static final String FORM_APPROVAL_NOTES = "catatanPersetujuan";
  public static final String FORM_OBJECTION_DECISION = "keputusanKeberatan";
  public static final String FORM_NEW_WORK_RATING = "ratingHasilKerjaBaru";
  public static final String FORM_NEW_BEHAVIOUR_RATING = "ratingPerilakuKerjaBaru";
  public static final String FORM_OBJECTION_NOTES = "catatanKeberatan";

  private EvaluationVariables() {
  }
}
