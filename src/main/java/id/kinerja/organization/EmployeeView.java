package id.kinerja.organization;

/**
 * An employee as the API shows it, with the supervisor and senior derived from the tree.
 * {@code reportingIssue} names a data problem HR must fix (e.g. no supervisor found). {@code supervisorSource}: TREE
 * (the holder of the head post above), ACTING (a Plt./Plh. valid today), CORRECTION (HR's correction).
 */
public record EmployeeView(
    String nip,
    String name,
    String username,
    EmployeeType type,
    String email,
    String unitCode,
    String unitName,
    String positionCode,
    String positionName,
    PositionType positionType,
    boolean unitHead,
    String supervisorNip,
    String supervisorName,
    String seniorNip,
    String seniorName,
    String reportingIssue,
    String pangkat,
    String golongan,
    EmployeeStatus status,
    String supervisorSource) {

  static EmployeeView of(Employee e, ReportingLine line) {
    Position position = e.getPosition();
    String issue = line.supervisor() == null ? "NO_SUPERVISOR" : line.senior() == null ? "NO_SENIOR" : null;
    return new EmployeeView(e.getNip(), e.getName(), e.getUsername(), e.getType(), e.getEmail(),
        e.getUnit().getCode(), e.getUnit().getName(),
        position == null ? null : position.getCode(),
        position == null ? null : position.getName(),
        position == null ? null : position.getType(),
        position != null && position.isHead(),
        line.supervisor() == null ? null : line.supervisor().nip(),
        line.supervisor() == null ? null : line.supervisor().name(),
        line.senior() == null ? null : line.senior().nip(),
        line.senior() == null ? null : line.senior().name(),
        issue,
        e.getPangkat(), e.getGolongan(), e.getStatus(),
        line.source());
  }
}
