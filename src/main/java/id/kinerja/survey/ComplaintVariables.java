package id.kinerja.survey;

/**
 * Names of the {@code tindak-lanjut-pengaduan} process variables, form fields and task ids: ids and small values
 * only, Bahasa Indonesia except the record id (decision 110).
 */
public final class ComplaintVariables {

  public static final String PROCESS_KEY = "tindak-lanjut-pengaduan";
  /** Business key {@code pengaduan-{complaintId}}. */
  public static final String BUSINESS_KEY_PREFIX = "pengaduan-";

  /** Set when the process starts ({@code ComplaintHandling}). */
  public static final String COMPLAINT_ID = "complaintId";
  /** Time for the unit head before the complaint moves up ({@code kinerja.survey.complaint-response-days}). */
  public static final String RESPONSE_DEADLINE = "batasTanggapan";

  /** Form fields: the complaint shown (task-local) and the answer (required). */
  public static final String FORM_COMPLAINT_TEXT = "isiPengaduan";
  public static final String FORM_RESPONSE = "tanggapan";

  public static final String TASK_RESPOND = "TanggapiPengaduan";
  public static final String TASK_ESCALATED = "TanggapiPengaduanEskalasi";

  private ComplaintVariables() {
  }
}
