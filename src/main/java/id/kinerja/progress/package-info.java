/**
 * Progress through the year: realisations with evidence files, continuous feedback, capaian so far
 * ({@link id.kinerja.progress.Achievement}), and the periodic dialog kinerja (process {@code dialog-kinerja}).
 * Owns: {@code realisation}, {@code evidence}, {@code evidence_content}, {@code realisation_comment}, {@code idempotent_request},
 * {@code check_in}.
 */
package id.kinerja.progress;
