package id.kinerja.organization;

/**
 * Kinds of acting head (BKN rules): a Plt. (pelaksana tugas) fills a vacant head post; a Plh. (pelaksana harian)
 * stands in while the holder is temporarily away.
 */
public enum ActingKind {
  PLT, PLH
}
