/**
 * Periodic and annual evaluation (process {@code evaluasi-kinerja}): self-evaluation, scoring through the
 * DMN, supervisor assessment, final approval, publication, objections; the organisation's predikat and the
 * distribution curve ({@code predikat-organisasi}); peer feedback; the evaluation document. Owns: {@code evaluation},
 * {@code evaluation_round}, {@code organisation_rating}, {@code peer_feedback}. Offers: {@link id.kinerja.evaluation.EvaluationService},
 * {@link id.kinerja.evaluation.EvaluationOpening}.
 */
package id.kinerja.evaluation;
