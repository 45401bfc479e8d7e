/**
 * Appraisal cycles (periode penilaian) of a unit subtree and year: opening them (background batches of
 * {@code skp-planning} instances), cadence periods, and the record of starts that failed, with their retry.
 * Owns: {@code appraisal_cycle}, {@code opening_failure}. Offers: {@link id.kinerja.cycle.CycleService},
 * {@link id.kinerja.cycle.Cadence}, {@link id.kinerja.cycle.OpeningFailureLog},
 * {@link id.kinerja.cycle.FailedOpeningRetry} (implemented where a kind of process is started).
 */
package id.kinerja.cycle;
