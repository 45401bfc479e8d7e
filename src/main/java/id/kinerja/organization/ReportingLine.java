package id.kinerja.organization;

/**
 * An employee's Pejabat Penilai Kinerja (supervisor) and Atasan Pejabat Penilai (senior), either of which may be
 * missing when the tree has no filled head position above — a data problem HR must see and fix.
 *
 * @param source where the supervisor comes from: TREE (the head post above), ACTING (a Plt./Plh. valid today) or
 *     CORRECTION (HR's correction, valid until its date)
 */
public record ReportingLine(UnitHead supervisor, UnitHead senior, String source) {

  public static final ReportingLine NONE = new ReportingLine(null, null, null);

  public ReportingLine(UnitHead supervisor, UnitHead senior) {
    this(supervisor, senior, supervisor == null ? null : supervisor.acting() != null ? "ACTING" : "TREE");
  }
}
