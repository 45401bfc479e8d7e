package id.kinerja.evaluation;

/** Predikat kinerja pegawai, best first. */
public enum Predikat {
  SANGAT_BAIK(150), BAIK(100), BUTUH_PERBAIKAN(75), KURANG(50), SANGAT_KURANG(25);

  private final int creditMultiplier;

  Predikat(int creditMultiplier) {
    this.creditMultiplier = creditMultiplier;
  }

  /** The follow-up this predikat leads to: the one place it is decided. */
  public FollowUp followUp() {
    return switch (this) {
      case SANGAT_BAIK -> FollowUp.REWARD;
      case BAIK -> FollowUp.NONE;
      case BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG -> FollowUp.COACHING;
    };
  }

  /** Credit-point multiplier in percent for functional positions (domain.md: 150 / 100 / 75 / 50 / 25). */
  public int creditMultiplier() {
    return creditMultiplier;
  }
}
