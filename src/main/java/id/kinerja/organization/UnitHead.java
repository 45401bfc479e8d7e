package id.kinerja.organization;

/** The active holder of a unit's head position. */
public record UnitHead(Long unitId, Long employeeId, String nip, String name, String username) {
}
