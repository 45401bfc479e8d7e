package id.kinerja.organization;

import java.time.LocalDate;

/**
 * Published when a move has been applied (in its transaction): the employee's unit and status afterwards. The cycle
 * module starts SKP planning for an employee who is placed in a unit of an open cycle and has no SKP there yet.
 */
public record EmployeeMoved(long employeeId, String nip, MoveKind kind, LocalDate effectiveDate, long unitId,
    boolean active) {
}
