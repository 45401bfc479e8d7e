package id.kinerja.organization;

/** An active holder of a position, without loading entities: the input of the one-holder and formasi checks. */
record PositionHolder(Long positionId, String nip) {
}
