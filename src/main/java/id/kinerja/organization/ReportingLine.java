package id.kinerja.organization;

/**
 * An employee's Pejabat Penilai Kinerja (supervisor) and Atasan Pejabat Penilai (senior), either of which may be
 * missing when the tree has no filled head position above — a data problem HR must see and fix.
 */
public record ReportingLine(UnitHead supervisor, UnitHead senior) {

  public static final ReportingLine NONE = new ReportingLine(null, null);
}
