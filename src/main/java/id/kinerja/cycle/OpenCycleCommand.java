package id.kinerja.cycle;

/**
 * What HR asks for when opening a cycle. The timer fields are optional (defaults: {@link CycleTimers#DEFAULT});
 * {@code peerFeedback} (default false) makes its evaluations ask nominated peers for feedback.
 */
public record OpenCycleCommand(Integer year, String cadence, String unitCode, Integer submitReminderDays,
    Integer reviewReminderDays, Integer escalationDays, Boolean peerFeedback) {

  public OpenCycleCommand(Integer year, String cadence, String unitCode, Integer submitReminderDays,
      Integer reviewReminderDays, Integer escalationDays) {
    this(year, cadence, unitCode, submitReminderDays, reviewReminderDays, escalationDays, null);
  }
}
