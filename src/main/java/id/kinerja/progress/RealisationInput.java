package id.kinerja.progress;

import id.kinerja.common.Bounded;
import id.kinerja.common.DecimalBounds;
import java.math.BigDecimal;

/**
 * A realisation as the employee sends it: JSON {@code {"indicatorId":…,"date":"YYYY-MM-DD","value":9,
 * "description":"…"}} ({@code narrative} instead of {@code value} for qualitative indicators), or the same fields
 * as multipart parts. The date arrives as text so that a bad one is reported with its field.
 */
public record RealisationInput(Long indicatorId, String date,
    @Bounded(DecimalBounds.MEASURE) BigDecimal value, String narrative,
    String description) {
}
