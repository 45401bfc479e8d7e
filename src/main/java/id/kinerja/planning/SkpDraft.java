package id.kinerja.planning;

import id.kinerja.common.Bounded;
import id.kinerja.common.DecimalBounds;
import java.math.BigDecimal;
import java.util.List;

/**
 * The content of an SKP as the employee writes it: the body of {@code PUT /api/v1/skp/{id}} and the {@code rhk}
 * variable of the "Susun SKP" form have this same shape. {@code periodTargets} are the targets up to the end of each
 * periodic period of the cycle (cumulative for a SUM indicator): a JSON array of numbers, or, as the form's text
 * field sends them, the numbers in one text separated by {@code ;}. Enumerations arrive as text so that a wrong value is
 * reported with the field that holds it.
 */
public record SkpDraft(List<RhkDraft> rhk) {

  public record RhkDraft(String text, String type, @Bounded(DecimalBounds.WEIGHT) BigDecimal weight, Long supervisorRhkId, String perspective,
      List<IndicatorDraft> indicators) {
  }

  public record IndicatorDraft(String text, String aspect, String approach,
      @Bounded(DecimalBounds.MEASURE) BigDecimal target, String unit, String direction, String aggregation, String ikmUnitCode,
      @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = PeriodTargetsDeserializer.class)
      List<BigDecimal> periodTargets) {

    public IndicatorDraft(String text, String aspect, String approach, BigDecimal target, String unit,
        String direction) {
      this(text, aspect, approach, target, unit, direction, null, null, null);
    }
  }
}
