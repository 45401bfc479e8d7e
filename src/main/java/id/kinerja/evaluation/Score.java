package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scoring of an SKP: unrounded capaian for comparisons, {@link #reported} views for display. The suggested
 * results rating is null when domain.md gives none (no numeric indicator, or an UTAMA indicator without a
 * realisation: {@code utamaWithoutRealisation}).
 */
public record Score(List<RhkScore> rhk, BigDecimal weightedCapaian, Rating suggestedRating,
    boolean utamaWithoutRealisation) {

  public record RhkScore(BigDecimal capaian, List<BigDecimal> indicatorCapaian) {
  }
}
