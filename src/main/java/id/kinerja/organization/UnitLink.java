package id.kinerja.organization;

/** One edge of the organisation tree: a unit and its parent (null for the root). */
public record UnitLink(Long unitId, Long parentId) {
}
