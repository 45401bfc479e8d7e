package id.kinerja.planning;

/**
 * What a cycle gives the planning process: its id and year, the timer durations in days and the number of periodic
 * evaluation periods (0 for an annual cadence), which the period targets of an indicator must match.
 */
public record PlanningSettings(Long cycleId, int year, int submitReminderDays, int reviewReminderDays,
    int escalationDays, int periodicPeriods) {
}
