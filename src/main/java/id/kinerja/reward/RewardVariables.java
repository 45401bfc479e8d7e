package id.kinerja.reward;

/**
 * Names of the {@code penghargaan} process variables, form fields and task ids: ids and small values only,
 * Bahasa Indonesia except the record ids and {@code employee} (decision 110). The process is called by
 * {@code evaluasi-kinerja} (call activity {@code ProsesPenghargaan}), which passes in {@code evaluationId},
 * {@code skpId} and {@code employee} under these names.
 */
public final class RewardVariables {

  public static final String PROCESS_KEY = "penghargaan";

  /** Passed in by {@code evaluasi-kinerja} ({@code camunda:in}). */
  public static final String EVALUATION_ID = "evaluationId";
  public static final String SKP_ID = "skpId";
  public static final String EMPLOYEE = "employee";
  /** Set on "Usulkan penghargaan": the supervisor proposed at least one reward. */
  public static final String PROPOSED = "adaUsulan";

  /** Form fields: the summary, the proposals (a list of {@code jenis}, {@code jumlah}, {@code alasan}) and HR's
   * decisions (a list of {@code rewardId}, {@code jenis}, {@code jumlah}, {@code alasan}, {@code keputusan},
   * {@code catatan}). */
  public static final String FORM_SUMMARY = "ringkasan";
  public static final String FORM_PROPOSALS = "usulan";
  public static final String FORM_DECISIONS = "keputusanPenghargaan";

  public static final String TASK_PROPOSE = "UsulkanPenghargaan";
  public static final String TASK_DECIDE = "PutuskanPenghargaan";

  private RewardVariables() {
  }
}
