package id.kinerja.evaluation;

import java.time.LocalDate;

/** How many evaluations of a cycle's period stand at a status (a line of a grouped count). */
record EvaluationCount(Long cycleId, String periodCode, LocalDate periodFrom, EvaluationStatus status, Long count) {
}
