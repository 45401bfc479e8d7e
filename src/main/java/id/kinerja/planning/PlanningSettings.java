package id.kinerja.planning;

/** What a cycle gives the planning process: its id and year and the timer durations in days. */
public record PlanningSettings(Long cycleId, int year, int submitReminderDays, int reviewReminderDays,
    int escalationDays) {
}
