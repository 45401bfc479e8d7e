package id.kinerja.cycle;

/**
 * Names of the {@code pembukaan-periode} process variables and start-form fields: ids and small values only,
 * Bahasa Indonesia except the record ids (decision 110). HR starts the process in Tasklist with the start form
 * {@code periode-buka}; {@code cycle.process.OpenCycleFromTasklist} ({@code ${openCycle}}) reads it.
 */
public final class CycleVariables {

  public static final String PROCESS_KEY = "pembukaan-periode";
  /** Business key {@code periode-{cycleId}}, set once the cycle is open (the portal's link leads to it). */
  public static final String BUSINESS_KEY_PREFIX = "periode-";

  /** Username of the HR user who started it ({@code camunda:initiator} of the start event). */
  public static final String INITIATOR = "pemohon";
  /** The opened (or already existing) cycle; set by {@code ${openCycle}}. */
  public static final String CYCLE_ID = "cycleId";
  /** False when the unit and year already had a cycle; set by {@code ${openCycle}}. */
  public static final String NEW_CYCLE = "periodeBaru";

  /** Start-form fields ({@code periode-buka}). */
  public static final String FORM_YEAR = "tahun";
  public static final String FORM_CADENCE = "kadensi";
  public static final String FORM_UNIT_CODE = "kodeUnit";
  public static final String FORM_SUBMIT_REMINDER_DAYS = "hariPengingatPenyusunan";
  public static final String FORM_REVIEW_REMINDER_DAYS = "hariPengingatPeninjauan";
  public static final String FORM_ESCALATION_DAYS = "hariEskalasi";
  /** Offered to the start form (not stored): the units as select options, the select's {@code valuesKey}. */
  public static final String FORM_UNIT_OPTIONS = "pilihanUnit";

  private CycleVariables() {
  }
}
