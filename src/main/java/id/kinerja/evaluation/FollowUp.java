package id.kinerja.evaluation;

/**
 * What a final predikat leads to (domain.md, Follow-up): a reward for SANGAT_BAIK, coaching for BUTUH_PERBAIKAN,
 * KURANG and SANGAT_KURANG, nothing for BAIK. {@link Predikat#followUp()} is the one place this is decided; the
 * evaluation process reads it as variable {@code tindakLanjut}, coaching and rewards through the same method.
 */
public enum FollowUp {
  REWARD, COACHING, NONE
}
