package id.kinerja.organization;

import java.time.Instant;
import java.time.LocalDate;

/** A move as the API and the pages show it: where to (for placing kinds), where from once applied. */
public record EmployeeMoveView(Long id, String nip, String name, MoveKind kind, LocalDate effectiveDate,
    String unitCode, String unitName, String positionCode, String positionName, String reason, MoveState state,
    String fromUnitCode, String fromPositionCode, EmployeeStatus fromStatus, String createdBy, Instant appliedAt,
    Integer tasksMoved) {

  static EmployeeMoveView of(EmployeeMove m) {
    OrgUnit unit = m.getToUnit();
    Position position = m.getToPosition();
    return new EmployeeMoveView(m.getId(), m.getEmployee().getNip(), m.getEmployee().getName(), m.getKind(),
        m.getEffectiveDate(), unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(),
        position == null ? null : position.getCode(), position == null ? null : position.getName(), m.getReason(),
        m.getState(), m.getFromUnitCode(), m.getFromPositionCode(), m.getFromStatus(), m.getCreatedBy(),
        m.getAppliedAt(), m.getTasksMoved());
  }
}
