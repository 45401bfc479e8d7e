package id.kinerja.survey;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/public/surveys/{unitCode}}: {@code answers} U1–U9 (1–4), optional
 * {@code profile} ({@link RespondentProfile}), optional {@code suggestion} (at most 2,000 characters), optional
 * one-time {@code token}. Values arrive untyped so that each wrong one is reported with its field.
 */
public record SurveySubmission(Map<String, Object> answers, Map<String, Object> profile, Object suggestion,
    Object token) {
}
