package id.kinerja.progress;

import id.kinerja.planning.Aggregation;
import id.kinerja.planning.Approach;
import id.kinerja.planning.Aspect;
import id.kinerja.planning.Direction;
import id.kinerja.planning.RhkType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Real-time progress of an SKP: per indicator, per RHK and for the whole SKP (percentages rounded half-up);
 * {@code status}: the whole SKP against the pace expected by today (null without a numeric indicator).
 */
public record ProgressView(Long skpId, int year, LocalDate asOf, BigDecimal weightedCapaian, ProgressStatus status,
    List<RhkProgress> rhk) {

  public record RhkProgress(Long id, String text, RhkType type, int weight, BigDecimal capaian,
      List<IndicatorProgress> indicators) {
  }

  /** {@code source}: ENTRIES (realisations entered) or SURVEY_IKM (the unit's converted IKM, filled automatically). */
  public record IndicatorProgress(Long id, String text, Aspect aspect, Approach approach, BigDecimal target,
      String unit, Direction direction, Aggregation aggregation, String source, int entries, BigDecimal realised,
      BigDecimal capaian, ProgressStatus status) {
  }
}
