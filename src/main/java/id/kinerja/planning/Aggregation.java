package id.kinerja.planning;

/**
 * How an indicator's realisations add up to "R so far" (domain.md, Progress; Kinerja's default policy):
 * KUANTITAS and BIAYA sum their entries, KUALITAS takes the latest entry (by date, then by time entered), WAKTU
 * averages them. An indicator may override this with its own aggregation.
 */
public enum Aggregation {
  SUM, LATEST, AVERAGE;

  public static Aggregation defaultFor(Aspect aspect) {
    return switch (aspect) {
      case KUANTITAS, BIAYA -> SUM;
      case KUALITAS -> LATEST;
      case WAKTU -> AVERAGE;
    };
  }
}
