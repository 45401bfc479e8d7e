package id.kinerja.evaluation;

/** Where an evaluation stands. */
public enum EvaluationStatus {
  SELF_EVALUATION, SUPERVISOR_ASSESSMENT, FINAL_APPROVAL, PUBLISHED, OBJECTION, FINAL
}
