package id.kinerja.cycle;

/**
 * What HR asks for when opening a cycle. The timer fields are optional (defaults: {@link CycleTimers#DEFAULT}).
 */
public record OpenCycleCommand(Integer year, String cadence, String unitCode, Integer submitReminderDays,
    Integer reviewReminderDays, Integer escalationDays) {
}
