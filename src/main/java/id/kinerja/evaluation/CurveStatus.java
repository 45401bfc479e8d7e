package id.kinerja.evaluation;

/** Where an organisation stands in the annual curve check; final approval of its employees waits for a verdict. */
public enum CurveStatus {
  PENDING, IN_CURVE, CALIBRATED
}
