package id.kinerja.reward;

/** Kinds of reward for a SANGAT_BAIK result (domain.md, Follow-up). */
public enum RewardType {
  SERTIFIKAT, PRIORITAS_PELATIHAN, PERCEPATAN_KENAIKAN_PANGKAT, INSENTIF
}
