package id.kinerja.planning;

/**
 * An employee's SKP of a year as a monitor shows it: the latest revision (its status: a draft, submitted for review,
 * agreed) and the agreed SKP in force (null: none yet), which progress is measured on.
 */
public record TeamSkp(Long employeeId, Long latestId, SkpStatus latestStatus, int revision, Long inForceId) {
}
