package id.kinerja.cycle;

/**
 * A cycle's deadlines for SKP planning, in days from the start: reminder to the employee who has not submitted,
 * reminder to the supervisor who has not reviewed, escalation to the senior while the SKP is not agreed.
 */
public record CycleTimers(int submitReminderDays, int reviewReminderDays, int escalationDays) {

  public static final CycleTimers DEFAULT = new CycleTimers(7, 5, 21);
}
