package id.kinerja.planning;

/** One line of a list of SKPs. */
public record SkpSummary(Long id, int year, int revision, SkpStatus status, boolean inForce, String employeeNip,
    String employeeName) {

  static SkpSummary of(Skp skp) {
    return new SkpSummary(skp.getId(), skp.getYear(), skp.getRevision(), skp.getStatus(), skp.isInForce(),
        skp.getEmployee().getNip(), skp.getEmployee().getName());
  }
}
