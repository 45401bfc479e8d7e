package id.kinerja.cycle;

/** Published when HR opened a new cycle; its planning instances are started after the commit. */
record CycleOpened(Long cycleId) {
}
