package id.kinerja.organization;

/** An active employee in the few columns a check over the whole organisation needs (no entity is loaded). */
record EmployeeLine(Long id, String nip, String name, String username, String email, Long unitId, String unitCode,
    boolean holdsHeadPosition) {
}
