package id.kinerja.cycle;

/**
 * What HR asks for when opening a cycle. The timer fields are optional (defaults: {@link CycleTimers#DEFAULT});
 * {@code peerFeedback} (default false) makes its evaluations ask nominated peers for feedback;
 * {@code periodicFollowUp} (default false, Kinerja's policy) offers objection, reward and coaching after its
 * periodic evaluations too, not only after the annual one (domain.md, Follow-up).
 */
public record OpenCycleCommand(Integer year, String cadence, String unitCode, Integer submitReminderDays,
    Integer reviewReminderDays, Integer escalationDays, Boolean peerFeedback, Boolean periodicFollowUp) {

  public OpenCycleCommand(Integer year, String cadence, String unitCode, Integer submitReminderDays,
      Integer reviewReminderDays, Integer escalationDays, Boolean peerFeedback) {
    this(year, cadence, unitCode, submitReminderDays, reviewReminderDays, escalationDays, peerFeedback, null);
  }

  public OpenCycleCommand(Integer year, String cadence, String unitCode, Integer submitReminderDays,
      Integer reviewReminderDays, Integer escalationDays) {
    this(year, cadence, unitCode, submitReminderDays, reviewReminderDays, escalationDays, null, null);
  }
}
