package id.kinerja.evaluation;

import id.kinerja.planning.CoreValue;
import java.util.Map;

/**
 * The supervisor's assessment: results rating (confirming or overriding the suggestion; an override needs a
 * reason), a rating per BerAKHLAK core value, the behaviour rating and notes. Values arrive as text.
 */
public record AssessmentInput(String resultsRating, String overrideReason, Map<CoreValue, String> coreValues,
    String behaviourRating, String notes) {
}
