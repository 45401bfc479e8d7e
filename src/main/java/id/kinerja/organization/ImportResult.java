package id.kinerja.organization;

/** The outcome of an accepted import: how many employees were created and how many updated. */
public record ImportResult(int rows, int created, int updated) {
}
