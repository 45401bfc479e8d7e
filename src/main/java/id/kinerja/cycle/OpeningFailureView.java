package id.kinerja.cycle;

import java.time.Instant;

/**
 * One employee whose process was not started: {@code subjectId} is the employee's id (SKP_PLANNING) or the SKP's id
 * (EVALUATION, with its {@code period}).
 */
public record OpeningFailureView(OpeningKind kind, String period, long subjectId, String employeeNip,
    String employeeName, String message, int attempts, Instant failedAt) {
}
