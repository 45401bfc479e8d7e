package id.kinerja.organization;

/**
 * Who leads a unit: the active holder of its head position, or an acting head (Plt./Plh.) while valid.
 *
 * @param acting null for the holder; PLT or PLH for an acting head
 */
public record UnitHead(Long unitId, Long employeeId, String nip, String name, String username, ActingKind acting) {

  public UnitHead(Long unitId, Long employeeId, String nip, String name, String username) {
    this(unitId, employeeId, nip, name, username, null);
  }
}
