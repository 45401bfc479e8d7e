package id.kinerja.planning;

/** A direct subordinate of a supervisor with the status of their latest SKP for the year (null: none yet). */
public record SubordinateSkp(String nip, String name, String username, String positionName, Long skpId,
    SkpStatus status, Integer revision, java.math.BigDecimal weightedCapaian) {
}
