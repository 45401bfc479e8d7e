package id.kinerja.organization;

/** A position with more active holders than its formasi (seats). */
public record PositionOverFormasi(String positionCode, String unitCode, Integer formasi, long holders) {
}
