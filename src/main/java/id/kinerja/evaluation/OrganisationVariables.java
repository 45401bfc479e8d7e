package id.kinerja.evaluation;

/**
 * Names of the {@code predikat-organisasi} process variables, form fields and task ids: ids and small values only,
 * Bahasa Indonesia except the record id (decision 110). Started by {@link OrganisationAssessment#ensureFor}.
 */
public final class OrganisationVariables {

  public static final String PROCESS_KEY = "predikat-organisasi";
  /** Business key {@code organisasi-{ratingId}}. */
  public static final String BUSINESS_KEY_PREFIX = "organisasi-";

  /** The organisation's rating in the cycle; set when the process starts. */
  public static final String RATING_ID = "organisationRatingId";
  /** How often the curve check runs (a duration). */
  public static final String CHECK_INTERVAL = "intervalPemeriksaan";
  /** Set by the curve check ({@code ${organisationCurveCheck}}): every employee is assessed. */
  public static final String COMPLETE = "lengkap";
  /** Set by the curve check: the distribution keeps the cycle's curve. */
  public static final String WITHIN_CURVE = "dalamKurva";

  /** Form fields of "Tetapkan predikat organisasi" ({@code predikat-organisasi.form}). */
  public static final String FORM_PREDIKAT = "predikatOrganisasi";
  public static final String FORM_DECREE_NUMBER = "nomorKeputusan";
  public static final String FORM_DECREE_DATE = "tanggalKeputusan";
  /** Form field of "Kalibrasi predikat" ({@code kalibrasi-predikat.form}): one row per employee to calibrate. */
  public static final String FORM_CALIBRATION = "kalibrasi";

  public static final String TASK_SET_PREDIKAT = "TetapkanPredikatOrganisasi";
  public static final String TASK_CALIBRATE = "KalibrasiPredikat";

  private OrganisationVariables() {
  }
}
