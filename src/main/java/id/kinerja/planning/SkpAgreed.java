package id.kinerja.planning;

/** Published inside the approving transaction when an SKP (or a revision of it) becomes AGREED. */
public record SkpAgreed(Long skpId, Long cycleId, int year, int revision, String employeeUsername) {
}
