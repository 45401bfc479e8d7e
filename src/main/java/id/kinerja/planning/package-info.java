/**
 * The SKP: drafting, the rules it must meet ({@link id.kinerja.planning.SkpRules}), submission, review
 * and agreement in process {@code skp-planning}, revisions, cascading to the supervisor's RHK. Owns: {@code skp},
 * {@code rhk}, {@code indicator}, {@code skp_review}. Offers: {@link id.kinerja.planning.SkpService},
 * {@link id.kinerja.planning.SkpWorkflow}, {@link id.kinerja.planning.SkpPlanning}, event
 * {@link id.kinerja.planning.SkpAgreed}.
 */
package id.kinerja.planning;
